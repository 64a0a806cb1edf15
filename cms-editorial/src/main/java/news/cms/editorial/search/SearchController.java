package news.cms.editorial.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.Actor;
import news.cms.core.error.InvalidInputException;
import news.cms.core.paging.PageRequest;
import news.cms.core.story.Byline;
import news.cms.core.story.StoryStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/search}: the newsroom's search, as the contract says. */
@Controller("/api/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Search")
@SecurityRequirement(name = "bearer")
public class SearchController {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final NewsroomSearch search;

    SearchController(NewsroomSearch search) {
        this.search = search;
    }

    /** One story found. */
    @Serdeable
    record Item(long id, String slug, String headline, String dek, StoryStatus status, String section,
                List<Byline> bylines, @Nullable Instant publishedAt, Instant updatedAt, @Nullable String address,
                String snippet) {
    }

    @Serdeable
    record Answer(long total, int page, int size, List<Item> items) {
    }

    @Get
    @Operation(summary = "Search the stories", description = "Words match their other forms; \"quoted words\" match "
            + "as a phrase. Best first (a headline match ahead of a body match, newer ahead at an equal match), or "
            + "newest first with sort=date. Editors find every state; reporters live stories and their own or "
            + "co-bylined ones. from and to are dates (2026-11-30) or instants. snippet is escaped HTML with the "
            + "matched words in <mark>.")
    Answer find(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String q,
                @Nullable @QueryValue String status, @Nullable @QueryValue String section,
                @Nullable @QueryValue String author, @Nullable @QueryValue String from,
                @Nullable @QueryValue String to, @Nullable @QueryValue String sort,
                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        PageRequest request = PageRequest.of(page, size, DEFAULT_PAGE_SIZE);
        NewsroomSearch.Filters filters = new NewsroomSearch.Filters(status(status), blankToNull(section),
                blankToNull(author), instant("from", from, false), instant("to", to, true), "date".equals(sort));
        NewsroomSearch.Found found = search.find(actor, q, filters, request);
        return new Answer(found.total(), request.page(), request.size(), found.items().stream()
                .map(m -> new Item(m.story().id(), m.story().slug(), m.story().headline(), m.story().dek(),
                        m.story().status(), m.story().section(), m.story().bylines(), m.story().publishedAt(),
                        m.story().updatedAt(), m.story().address(), m.snippet()))
                .toList());
    }

    private static @Nullable StoryStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return StoryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "must be one of " + List.of(StoryStatus.values()));
        }
    }

    /** A date (the whole day: {@code to} up to its end) or an instant; null when not given. */
    private static @Nullable Instant instant(String field, @Nullable String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidInputException(field, "must be a date such as 2026-11-30 or an instant such as 2026-11-30T09:00:00Z");
            }
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
