package news.cms.plugins.manage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/** {@code /api/plugins}: site admins install, enable, disable and uninstall plugins while the site runs. */
@Controller("/api/plugins")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plugins")
@SecurityRequirement(name = "bearer")
public class PluginController {

    private final PluginAdmin plugins;

    PluginController(PluginAdmin plugins) {
        this.plugins = plugins;
    }

    @Get
    @Operation(summary = "Installed plugins", description = "Each with its state, extension points, granted permissions and SHA-256.")
    List<InstalledPlugin> list() {
        return plugins.list();
    }

    @Get("/{id}")
    InstalledPlugin get(String id) {
        return plugins.get(id);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Install a plugin JAR", description = "Multipart field 'file'. Installed DISABLED; a newer "
            + "version of an installed plugin replaces it. 400 when the file is not a plugin this CMS can run, "
            + "409 when the same or a newer version is installed.")
    HttpResponse<InstalledPlugin> install(@Parameter(hidden = true) Actor actor, CompletedFileUpload file) {
        try (InputStream in = file.getInputStream()) {
            InstalledPlugin installed = plugins.install(actor, in);
            return HttpResponse.created(installed, URI.create("/api/plugins/" + installed.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded plugin", e);
        }
    }

    @Post("/{id}/enable")
    @Operation(summary = "Enable", description = "Starts the plugin now; 409 with the reason when it cannot start.")
    InstalledPlugin enable(@Parameter(hidden = true) Actor actor, String id) {
        return plugins.enable(actor, id);
    }

    @Post("/{id}/disable")
    @Operation(summary = "Disable", description = "Stops the plugin now; it stays installed.")
    InstalledPlugin disable(@Parameter(hidden = true) Actor actor, String id) {
        return plugins.disable(actor, id);
    }

    @Delete("/{id}")
    @Operation(summary = "Uninstall", description = "Stops the plugin and deletes its JAR.")
    HttpResponse<Void> uninstall(@Parameter(hidden = true) Actor actor, String id) {
        plugins.uninstall(actor, id);
        return HttpResponse.noContent();
    }
}
