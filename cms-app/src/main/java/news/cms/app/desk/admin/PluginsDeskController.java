package news.cms.app.desk.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.admin.AdminPages.HistoryLine;
import news.cms.app.desk.admin.AdminPages.Meaning;
import news.cms.app.desk.admin.AdminPages.PluginPage;
import news.cms.app.desk.admin.AdminPages.PluginRow;
import news.cms.app.desk.admin.AdminPages.PluginView;
import news.cms.app.desk.admin.AdminPages.PluginsPage;
import news.cms.app.desk.admin.AdminPages.UninstallPage;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.settings.CmsSettings;
import news.cms.plugins.manage.InstalledPlugin;
import news.cms.plugins.manage.PluginAdmin;
import news.cms.plugins.manage.PluginState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The admin console's plugins: the installed ones with their state and failures, the upload of a
 * plugin JAR (installed disabled, then shown with what it asks to do so that the admin decides
 * whether to enable it), enable, disable, and uninstall after a confirmation. {@link PluginAdmin}
 * does the work, as for {@code /api/plugins}.
 */
@Controller("/desk/admin/plugins")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class PluginsDeskController {

    private static final String SUBJECT = "plugin";
    private static final String FAILED = "plugin.fail";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final PluginAdmin plugins;
    private final AuditLog audit;
    private final CmsSettings settings;
    private final DeskView view;

    PluginsDeskController(PluginAdmin plugins, AuditLog audit, CmsSettings settings, DeskView view) {
        this.plugins = plugins;
        this.audit = audit;
        this.settings = settings;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> plugins(Authentication authentication, HttpRequest<?> request) {
        return list(request, view.user(authentication), HttpStatus.OK, FormErrors.NONE);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> install(@Part("csrf") @Nullable String csrf, @Part("file") @Nullable CompletedFileUpload file,
                                 Actor actor, Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return list(request, view.user(authentication), HttpStatus.BAD_REQUEST,
                    FormErrors.of("file", "choose a plugin JAR to upload"));
        }
        InstalledPlugin installed;
        try (InputStream in = file.getInputStream()) {
            installed = plugins.install(actor, in);
        } catch (InvalidInputException | ConflictException e) {
            return list(request, view.user(authentication), Forms.status(e), Forms.errors(e));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded plugin", e);
        }
        return view.seeOther(request, "/desk/admin/plugins/" + installed.id(), installed.name() + " " + installed.version()
                + " is installed and disabled. Read what it asks to do, then enable it if you trust it.");
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> plugin(String id, Authentication authentication, HttpRequest<?> request) {
        return page(request, view.user(authentication), HttpStatus.OK, plugins.get(id), "");
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> enable(String id, @Nullable String csrf, Actor actor, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        try {
            InstalledPlugin enabled = plugins.enable(actor, id);
            return view.seeOther(request, "/desk/admin/plugins/" + id, enabled.name() + " is enabled and running.");
        } catch (ConflictException wontStart) {
            return page(request, view.user(authentication), HttpStatus.CONFLICT, plugins.get(id), wontStart.getMessage());
        }
    }

    @Post(value = "/{id}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> disable(String id, @Nullable String csrf, Actor actor, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        InstalledPlugin disabled = plugins.disable(actor, id);
        return view.seeOther(request, "/desk/admin/plugins/" + id, disabled.name() + " is disabled: it no longer runs.");
    }

    @Get(value = "/{id}/uninstall", produces = MediaType.TEXT_HTML)
    HttpResponse<String> confirmUninstall(String id, Authentication authentication, HttpRequest<?> request) {
        InstalledPlugin plugin = plugins.get(id);
        return view.page(request, view.user(authentication), HttpStatus.OK, frame -> view.render(
                "desk/admin/plugin-uninstall.jte", new UninstallPage(frame, view(plugin, history(id)))));
    }

    @Post(value = "/{id}/uninstall", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> uninstall(String id, @Nullable String csrf, Actor actor, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        InstalledPlugin plugin = plugins.get(id);
        plugins.uninstall(actor, id);
        return view.seeOther(request, "/desk/admin/plugins", plugin.name() + " " + plugin.version()
                + " is uninstalled and its JAR deleted. What it added to stories stays.");
    }

    private HttpResponse<String> list(HttpRequest<?> request, User user, HttpStatus status, FormErrors errors) {
        List<PluginRow> rows = plugins.list().stream().map(plugin -> {
            List<AuditEvent> history = history(plugin.id());
            return new PluginRow(plugin.id(), plugin.name(), plugin.version(), PluginWords.state(plugin.state()),
                    plugin.state() == PluginState.FAILED, failures(history), Forms.orEmpty(plugin.lastError()));
        }).toList();
        return view.page(request, user, status, frame -> view.render("desk/admin/plugins.jte",
                new PluginsPage(frame, rows, errors)));
    }

    private HttpResponse<String> page(HttpRequest<?> request, User user, HttpStatus status, InstalledPlugin plugin,
                                      String problem) {
        List<AuditEvent> history = history(plugin.id());
        List<HistoryLine> lines = history.stream().sorted(Comparator.comparing(AuditEvent::id).reversed())
                .map(event -> new HistoryLine(time(event.at()), event.actor(), PluginWords.action(event.action()),
                        event.detail(), FAILED.equals(event.action())))
                .toList();
        return view.page(request, user, status, frame -> view.render("desk/admin/plugin.jte",
                new PluginPage(frame, view(plugin, history), lines, problem)));
    }

    private PluginView view(InstalledPlugin plugin, List<AuditEvent> history) {
        return new PluginView(plugin.id(), plugin.name(), plugin.version(), plugin.description(), plugin.provider(),
                plugin.requires(), PluginWords.state(plugin.state()), plugin.state() == PluginState.ENABLED,
                plugin.state() == PluginState.FAILED,
                plugin.extensionPoints().stream().map(point -> new Meaning(point, PluginWords.extensionPoint(point))).toList(),
                plugin.permissions().stream().map(p -> new Meaning(p, PluginWords.permission(p))).toList(),
                plugin.sha256(), Forms.orEmpty(plugin.lastError()), time(plugin.installedAt()), failures(history));
    }

    /** Everything the audit trail says about plugins with this id, oldest first. */
    private List<AuditEvent> history(String id) {
        return audit.forSubject(SUBJECT, id);
    }

    private static long failures(List<AuditEvent> history) {
        return history.stream().filter(event -> FAILED.equals(event.action())).count();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(settings.zone()));
    }
}
