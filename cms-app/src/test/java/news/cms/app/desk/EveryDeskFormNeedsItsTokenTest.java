package news.cms.app.desk;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import news.cms.app.ApiTest;
import news.cms.core.account.AdminBootstrap;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form post of the desk, found in the router rather than listed by hand (so a new form cannot
 * be forgotten), is refused with 403 when it comes without the browser's CSRF token, even from a
 * signed-in admin: a page on another site can make the browser post, but cannot know the token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDeskFormNeedsItsTokenTest extends ApiTest {

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.cleanProperties();
    }

    @Test
    void everyDeskPostWithoutTheTokenIsRefused() {
        List<UriRouteInfo<?, ?>> posts = router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/desk"))
                .toList();
        assertTrue(posts.size() >= 2, "the desk's form posts: " + posts);

        Browser admin = new Browser(server.getURI());
        admin.signIn(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD);
        List<String> accepted = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : posts) {
            // Path variables get a plausible value: the token is checked before anything is looked up.
            String path = route.getUriMatchTemplate().toString().replaceAll("\\{[^}]*}", "1");
            Browser.Page page = multipart(route)
                    ? admin.upload(path, Map.of("note", "forged"), "forged.jar", "application/java-archive", new byte[]{1, 2, 3})
                    : admin.post(path, Map.of("note", "forged", "reason", "forged", "username", "forged"));
            if (page.status() != 403) {
                accepted.add(route.getUriMatchTemplate() + " answered " + page.status());
            }
        }
        assertEquals(List.of(), accepted);
        // and the admin is still signed in: the refusals changed nothing
        assertEquals(200, admin.get("/desk").status());
    }

    private static boolean multipart(UriRouteInfo<?, ?> route) {
        return route.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
