package news.cms.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.openapi.annotation.OpenAPIIncludes;
import news.cms.editorial.revision.RevisionController;
import news.cms.editorial.schedule.ScheduleController;
import news.cms.editorial.search.SearchController;
import news.cms.editorial.story.StoryController;
import news.cms.editorial.translation.TranslationController;
import news.cms.editorial.workflow.WorkflowController;
import news.cms.plugins.manage.PluginController;
import news.cms.plugins.media.MediaController;
import news.cms.plugins.media.PublicMediaController;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

/**
 * Starts the newsroom CMS: every module's beans, one HTTP server, one database. With a command
 * ({@code export}, {@code reindex}, {@code help}) it runs that instead and exits ({@link CmsCommand}).
 */
@OpenAPIDefinition(info = @Info(title = "Newsroom CMS", version = "0.1",
        description = "The newsroom's API: accounts, authors, sections, stories, search, media and plugins. See docs/ and api-contract.md."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIIncludes({
        @OpenAPIInclude(classes = {StoryController.class, WorkflowController.class, ScheduleController.class,
                RevisionController.class, PluginController.class, MediaController.class,
                PublicMediaController.class, TranslationController.class, SearchController.class}),
})
public class Application {

    /**
     * Set by the build's class-data-sharing training run: start completely, then exit, so that the
     * JVM writes every class a start needs into {@code cms-app.jsa} (see docs/performance.md).
     */
    static final String TRAINING_RUN = "cms.cds-training-run";

    /**
     * The names of {@link CmsCommand}'s commands, checked here so that a plain start of the server
     * loads none of the command line's classes.
     */
    private static final Set<String> COMMANDS = Set.of("export", "reindex", "help");
    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            // the console is the command's: its progress line, and of the log only what went wrong
            if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
                System.setProperty(LOGBACK_CONFIGURATION, "logback-command.xml");
            }
            System.exit(CmsCommand.run(args, Map.of(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
        if (Boolean.getBoolean(TRAINING_RUN)) {
            CdsTrainingRun.exercise(context, context.getRequiredProperty("cms.admin-password", String.class));
            context.close();
            System.exit(0);
        }
    }
}
