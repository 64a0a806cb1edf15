package news.cms.app.desk.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.StoryStates;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.NewsroomTime;
import news.cms.app.desk.search.SearchPages.Choice;
import news.cms.app.desk.search.SearchPages.Found;
import news.cms.app.desk.search.SearchPages.SearchPage;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.FieldError;
import news.cms.core.error.InvalidInputException;
import news.cms.core.paging.PageRequest;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.StoryStatus;
import news.cms.editorial.search.NewsroomSearch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The newsroom's search on the desk: the words, and filters by state, section, author and date range
 * (days in the newsroom's zone). Editors find every story; reporters the live ones and their own.
 * {@link NewsroomSearch} decides, as for {@code /api/search}.
 */
@Controller("/desk/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class DeskSearchController {

    static final int PER_PAGE = 20;

    private final NewsroomSearch search;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;
    private final NewsroomTime time;
    private final DeskView view;

    DeskSearchController(NewsroomSearch search, SectionDirectory sections, AuthorDirectory authors, NewsroomTime time,
                         DeskView view) {
        this.search = search;
        this.sections = sections;
        this.authors = authors;
        this.time = time;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> search(@Nullable @QueryValue String q, @Nullable @QueryValue String state,
                                @Nullable @QueryValue String section, @Nullable @QueryValue String author,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue Integer page, Authentication authentication, HttpRequest<?> request) {
        User user = view.user(authentication);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("q", text(q));
        typed.put("state", text(state));
        typed.put("section", text(section));
        typed.put("author", text(author));
        typed.put("from", text(from));
        typed.put("to", text(to));
        List<FieldError> faults = new ArrayList<>();
        StoryStatus status = status(typed.get("state"), faults);
        Instant start = day(typed.get("from"), "from", false, faults);
        Instant end = day(typed.get("to"), "to", true, faults);
        int number = page == null || page < 1 ? 1 : page;
        Found found = null;
        List<Section> all = sections.list();
        Map<String, String> titles = all.stream().collect(Collectors.toMap(Section::slug, Section::title));
        if (faults.isEmpty() && !typed.get("q").isBlank()) {
            NewsroomSearch.Found answer = search.find(new Actor(user.id(), user.username(), user.role()), typed.get("q"),
                    new NewsroomSearch.Filters(status, blank(typed.get("section")), blank(typed.get("author")), start, end,
                            false), new PageRequest(number, PER_PAGE));
            found = new Found(answer.total(), answer.items().stream().map(m -> new SearchPages.Row(m.story().id(),
                    m.story().headline(), StoryStates.label(m.story().status()),
                    titles.getOrDefault(m.story().section(), m.story().section()),
                    m.story().bylines().stream().map(Byline::name).collect(Collectors.joining(", ")),
                    time.when(m.story().updatedAt()), m.snippet())).toList(),
                    number > 1 ? link(typed, number - 1) : "",
                    (long) number * PER_PAGE < answer.total() ? link(typed, number + 1) : "");
        }
        FormErrors errors = faults.isEmpty() ? FormErrors.NONE : FormErrors.of(new InvalidInputException(faults));
        List<Choice> states = Arrays.stream(StoryStatus.values()).map(s -> new Choice(s.name(), StoryStates.label(s))).toList();
        List<Choice> sectionChoices = all.stream().map(s -> new Choice(s.slug(), s.title())).toList();
        List<Choice> authorChoices = authors.list().stream().map(a -> new Choice(a.slug(), a.name())).toList();
        Found shown = found;
        return view.page(request, user, faults.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST,
                frame -> view.render("desk/search/search.jte", new SearchPage(frame, typed, states, sectionChoices,
                        authorChoices, time.zoneName(), shown, errors, user.role().isEditor())));
    }

    private static @Nullable StoryStatus status(String state, List<FieldError> faults) {
        if (state.isBlank()) {
            return null;
        }
        try {
            return StoryStatus.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            faults.add(new FieldError("state", "choose a state from the list"));
            return null;
        }
    }

    /** A day in the newsroom's zone: its start, or for {@code to} the start of the next day. */
    private @Nullable Instant day(String value, String field, boolean end, List<FieldError> faults) {
        if (value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return (end ? day.plusDays(1) : day).atStartOfDay(time.zone()).toInstant();
        } catch (DateTimeParseException notADate) {
            faults.add(new FieldError(field, "give a date such as 2026-11-30"));
            return null;
        }
    }

    private static String link(Map<String, String> typed, int page) {
        StringBuilder url = new StringBuilder("/desk/search?");
        typed.forEach((name, value) -> {
            if (!value.isBlank()) {
                url.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return url.append("page=").append(page).toString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
