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
import news.cms.editorial.story.StoryController;
import news.cms.editorial.translation.TranslationController;
import news.cms.editorial.workflow.WorkflowController;
import news.cms.plugins.manage.PluginController;
import news.cms.plugins.media.MediaController;
import news.cms.plugins.media.PublicMediaController;

/** Starts the newsroom CMS: every module's beans, one HTTP server, one database. */
@OpenAPIDefinition(info = @Info(title = "Newsroom CMS", version = "0.1",
        description = "The newsroom's API: accounts, authors, sections, stories, media and plugins. See docs/ and api-contract.md."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIIncludes({
        @OpenAPIInclude(classes = {StoryController.class, WorkflowController.class, ScheduleController.class,
                RevisionController.class, PluginController.class, MediaController.class,
                PublicMediaController.class, TranslationController.class}),
})
public class Application {

    /**
     * Set by the build's class-data-sharing training run: start completely, then exit, so that the
     * JVM writes every class a start needs into {@code cms-app.jsa} (see docs/performance.md).
     */
    static final String TRAINING_RUN = "cms.cds-training-run";

    public static void main(String[] args) throws Exception {
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
