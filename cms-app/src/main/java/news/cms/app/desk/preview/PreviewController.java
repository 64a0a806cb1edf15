package news.cms.app.desk.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.preview.PreviewLinks.Link;
import news.cms.app.desk.preview.PreviewPages.LinkPage;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.error.InvalidInputException;
import news.cms.core.settings.CmsSettings;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStore;
import news.cms.editorial.story.StoryDesk;
import news.cms.publishing.article.ArticlePages;
import news.cms.publishing.site.BaseUrl;
import news.cms.publishing.site.Templates;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Preview links: anyone signed in who may read a story makes one ({@code POST /desk/preview}) and is
 * shown its address to copy; whoever has the address, signed in or not, sees the story as its article
 * page will look ({@code GET /desk/preview/{token}}), with its current content, marked as a preview
 * and kept out of search engines, until the link expires.
 */
@Controller("/desk/preview")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class PreviewController {

    /** Search engines must neither index a preview nor follow its links, whoever shares it. */
    static final String ROBOTS = "noindex, nofollow";
    /**
     * The desk's policy, except that a story's images may come from anywhere, as on its public page;
     * still no script, no style but the desk's, no framing.
     */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https: http: data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final PreviewLinks links;
    private final StoryDesk desk;
    private final StoryStore stories;
    private final ArticlePages articles;
    private final Templates templates;
    private final BaseUrl baseUrl;
    private final DeskView view;
    private final CmsSettings settings;
    private final Clock clock;

    PreviewController(PreviewLinks links, StoryDesk desk, StoryStore stories, ArticlePages articles, Templates templates,
                      BaseUrl baseUrl, DeskView view, CmsSettings settings, Clock clock) {
        this.links = links;
        this.desk = desk;
        this.stories = stories;
        this.articles = articles;
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.view = view;
        this.settings = settings;
        this.clock = clock;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> create(@Nullable String story, @Nullable String csrf, Authentication authentication,
                                HttpRequest<?> request) {
        view.requireToken(request, csrf);
        User user = view.user(authentication);
        Actor actor = new Actor(user.id(), user.username(), user.role());
        Story found = desk.get(actor, storyId(story));
        Link link = links.create(actor, found);
        return view.seeOther(request, "/desk/preview/links/" + link.token(),
                "Preview link made. Copy it below: it works until " + time(link) + ".");
    }

    @Get(value = "/links/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> link(String token, Authentication authentication, HttpRequest<?> request) {
        Optional<Link> found = links.read(token);
        if (found.isEmpty()) {
            return invalid(request);
        }
        Link link = found.get();
        User user = view.user(authentication);
        Story story = desk.get(new Actor(user.id(), user.username(), user.role()), link.storyId());
        String storyPath = user.role().isEditor() ? "/desk/queue/" + story.id() : "/desk/stories/" + story.id();
        return view.page(request, user, HttpStatus.OK, frame -> view.render("desk/preview/link.jte",
                new LinkPage(frame, story.headline(), baseUrl.of(request) + "/desk/preview/" + link.token(), time(link),
                        link.expiredAt(clock.instant()), storyPath)));
    }

    @Get(value = "/{token}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> preview(String token, HttpRequest<?> request) {
        Optional<Link> link = links.read(token);
        if (link.isEmpty()) {
            return invalid(request);
        }
        if (link.get().expiredAt(clock.instant())) {
            return robotsKeptOut(view.refused(request, HttpStatus.GONE, "This preview link has expired",
                    "Preview links work for a limited time. Ask whoever sent it to you for a new one."));
        }
        Optional<Story> story = stories.find(link.get().storyId());
        if (story.isEmpty()) {
            return invalid(request);
        }
        String html = templates.render("article.jte", articles.preview(story.get(), baseUrl.of(request)));
        return robotsKeptOut(HttpResponse.<String>ok(html).contentType(MediaType.TEXT_HTML_TYPE))
                .header("Content-Security-Policy", POLICY);
    }

    private MutableHttpResponse<String> invalid(HttpRequest<?> request) {
        return robotsKeptOut(view.refused(request, HttpStatus.NOT_FOUND, "This preview link is not valid",
                "The link is incomplete or has been changed. Check that you copied all of it, or ask whoever sent it to you for a new one."));
    }

    private static MutableHttpResponse<String> robotsKeptOut(MutableHttpResponse<String> response) {
        return response.header("X-Robots-Tag", ROBOTS);
    }

    private String time(Link link) {
        return TIME.format(link.expiresAt().atZone(settings.zone())) + " (" + settings.zone().getId() + ")";
    }

    private static long storyId(@Nullable String story) {
        try {
            return Long.parseLong(story == null ? "" : story.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("story", "must be the id of a story");
        }
    }
}
