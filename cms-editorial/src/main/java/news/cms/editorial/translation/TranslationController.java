package news.cms.editorial.translation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.story.Story;

import java.net.URI;

/** Translations of stories: editors create them; anyone who may read a story sees its language versions. */
@Controller("/api/stories/{id}/translations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Translations")
@SecurityRequirement(name = "bearer")
public class TranslationController {

    private final TranslationDesk translations;

    TranslationController(TranslationDesk translations) {
        this.translations = translations;
    }

    @Post
    @Operation(summary = "Translate a story into a new draft",
            description = "Editors. The new DRAFT's headline, dek and body come from the enabled translation provider; "
                    + "section, tags and bylines from the original, the translator (an author slug) credited "
                    + "'Translated by'. Linked to the original both ways.")
    @ApiResponse(responseCode = "201", description = "The translated draft")
    @ApiResponse(responseCode = "403", description = "Not an editor")
    @ApiResponse(responseCode = "502", description = "The translation service failed; nothing was created")
    @ApiResponse(responseCode = "503", description = "No translation provider is enabled; the detail says what to enable")
    @ApiResponse(responseCode = "504", description = "The translation service was too slow; nothing was created")
    HttpResponse<Story> create(@Parameter(hidden = true) Actor actor, long id,
                               @Body TranslationRequests.NewTranslation request) {
        Story draft = translations.translate(actor, id, request.language(), request.translator());
        return HttpResponse.created(draft, URI.create("/api/stories/" + draft.id()));
    }

    @Get
    @Operation(summary = "A story's language versions",
            description = "Its original (when it is a translation) and every translation of that original, this story excepted.")
    TranslationRequests.Translations list(@Parameter(hidden = true) Actor actor, long id) {
        Long originalId = translations.originalOf(id);
        return new TranslationRequests.Translations(id, originalId, translations.linked(actor, id).stream()
                .map(story -> TranslationRequests.LinkedStory.of(story, originalId == null ? id : originalId))
                .toList());
    }
}
