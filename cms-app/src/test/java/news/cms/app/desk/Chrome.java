package news.cms.app.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real browser for the desk's end-to-end tests: Debian's headless {@code chromium} driven through
 * its {@code chromedriver} (packages chromium and chromium-driver, which {@code .ci/run} installs).
 * One per test class; {@link #signOutEverywhere()} gives each test a browser with no cookies.
 * Screenshots go to {@code cms.screens} (target/screens unless the build says otherwise).
 */
public final class Chrome implements AutoCloseable {

    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CMS_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CMS_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final URI base;
    private final WebDriver driver;

    private Chrome(URI base, WebDriver driver) {
        this.base = base;
        this.driver = driver;
    }

    /** Starts headless Chromium; fails with what to install when it is missing, never skips. */
    public static Chrome start(URI base) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The desk's browser tests need Chromium and ChromeDriver at " + BROWSER
                    + " and " + DRIVER + ": install them with 'apt-get install chromium chromium-driver' (.ci/run does), "
                    + "or point CMS_CHROMIUM and CMS_CHROMEDRIVER at them.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Without the background-networking flags Chromium keeps calling out, which a closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chrome(base, driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server under test. */
    public Chrome open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** The path (and query) of the page shown. */
    public String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Replaces what a text field holds, as a person would: select all, type. */
    public Chrome type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Sets a date or time field's value as its picker would ({@code 2026-11-24}, {@code 09:30}): the
     * pickers are the browser's own widgets, whose keystrokes differ by locale.
     */
    public Chrome fill(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), value);
        return this;
    }

    public Chrome choose(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
        return this;
    }

    /**
     * Clicks the button or link whose text is exactly {@code label} and waits for the page it leads
     * to: a click returns as soon as the browser has started to navigate, not when it has finished.
     */
    public Chrome press(String label) {
        // A button acts on this page; a link of the same name (the navigation's "Schedule") comes second.
        List<WebElement> buttons = driver.findElements(By.xpath("//button[normalize-space()='" + label
                + "'] | //input[@type='submit' and @value='" + label + "']"));
        return clickAndWait(buttons.isEmpty()
                ? driver.findElement(By.xpath("//a[normalize-space()='" + label + "']")) : buttons.get(0));
    }

    /** Follows a link of the desk's navigation. */
    public Chrome nav(String label) {
        return clickAndWait(driver.findElement(By.xpath("//header//nav//a[normalize-space()='" + label + "']")));
    }

    /** Clicks an element that leads to another page and waits until that page has loaded. */
    public Chrome clickAndWait(WebElement target) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A mark on this page's window: a new page has a new window object without it.
        js.executeScript("window.deskTestOldPage = true");
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(js.executeScript("return window.deskTestOldPage === undefined && document.readyState === 'complete'")));
        return this;
    }

    /** Signs in through the form, starting from wherever the browser is sent. */
    public Chrome signIn(String username, String password) {
        open("/desk");
        type("#username", username).type("#password", password);
        clickAndWait(find("form[action='/desk/sign-in'] button[type=submit]"));
        return this;
    }

    public void signOutEverywhere() {
        open("/desk/desk.css");
        driver.manage().deleteAllCookies();
    }

    /** Saves the whole page as {@code <cms.screens>/<name>.png}. */
    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("cms.screens", "target/screens"));
        Dimension window = driver.manage().window().getSize();
        // The whole page, not just what fits the window: the window grows to the page's height.
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(),
                Math.min(height.intValue() + 140, 6000))));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Shows the page at a phone's width (Pixel 7: 412 CSS pixels) until {@link #desktop()}. */
    public Chrome phone() {
        driver.manage().window().setSize(new Dimension(412, 915));
        return this;
    }

    public Chrome desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
