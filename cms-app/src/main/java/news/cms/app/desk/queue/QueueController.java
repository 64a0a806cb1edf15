package news.cms.app.desk.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.NewsroomTime;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.queue.QueuePages.Article;
import news.cms.app.desk.queue.QueuePages.AuditLine;
import news.cms.app.desk.queue.QueuePages.CorrectPage;
import news.cms.app.desk.queue.QueuePages.Note;
import news.cms.app.desk.queue.QueuePages.QueuePage;
import news.cms.app.desk.queue.QueuePages.ReviewPage;
import news.cms.app.desk.queue.QueuePages.Row;
import news.cms.app.desk.queue.QueuePages.Typed;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.audit.AuditEvent;
import news.cms.core.audit.AuditLog;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.Story;
import news.cms.core.story.StoryContent;
import news.cms.core.story.StoryStatus;
import news.cms.editorial.story.StoryDesk;
import news.cms.editorial.workflow.StoryWorkflow;
import news.cms.editorial.workflow.WorkflowAction;
import news.cms.publishing.article.StoryBody;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editors' queue, {@code /desk/queue}: the stories waiting for a decision, the one waiting longest
 * first, and a review screen per story with a form for each action its state allows. The actions are
 * {@link StoryWorkflow}'s, as for the API: every form carries the version it was made from, so an
 * action on a story someone changed since does nothing and says so.
 */
@Controller("/desk/queue")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class QueueController {

    private static final int PAGE_SIZE = 50;
    /** The actions an editor takes from the review screen, in the order of its forms. */
    private static final Set<WorkflowAction> REVIEW_ACTIONS = EnumSet.of(WorkflowAction.RETURN, WorkflowAction.APPROVE,
            WorkflowAction.SCHEDULE, WorkflowAction.UNSCHEDULE, WorkflowAction.PUBLISH, WorkflowAction.UNPUBLISH,
            WorkflowAction.CORRECT);

    private final StoryDesk desk;
    private final StoryWorkflow workflow;
    private final AuditLog audit;
    private final SectionDirectory sections;
    private final StoryBody body;
    private final NewsroomTime time;
    private final DeskView view;

    QueueController(StoryDesk desk, StoryWorkflow workflow, AuditLog audit, SectionDirectory sections, StoryBody body,
                    NewsroomTime time, DeskView view) {
        this.desk = desk;
        this.workflow = workflow;
        this.audit = audit;
        this.sections = sections;
        this.body = body;
        this.time = time;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> queue(@Nullable @QueryValue Integer page, Authentication authentication, HttpRequest<?> request) {
        User user = view.user(authentication);
        ResultPage<Story> waiting = desk.queue(actor(user), PageRequest.of(page, PAGE_SIZE, PAGE_SIZE));
        Map<String, String> titles = sections.list().stream().collect(Collectors.toMap(Section::slug, Section::title));
        List<Row> rows = waiting.items().stream().map(story -> new Row(story.id(), story.headline(),
                QueuePages.stateName(story.status()), titles.getOrDefault(story.section(), story.section()),
                bylines(story), time.when(story.updatedAt()))).toList();
        String previous = waiting.page() > 1 ? "/desk/queue?page=" + (waiting.page() - 1) : "";
        String next = waiting.page() < waiting.totalPages() ? "/desk/queue?page=" + (waiting.page() + 1) : "";
        return view.page(request, user, HttpStatus.OK, frame -> view.render("desk/queue/queue.jte",
                new QueuePage(frame, rows, waiting.totalItems(), previous, next)));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> review(long id, Authentication authentication, HttpRequest<?> request) {
        User user = view.user(authentication);
        return review(request, user, id, HttpStatus.OK, Typed.NOTHING, FormErrors.NONE, "");
    }

    @Post(value = "/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> returnToReporter(long id, @Nullable String note, @Nullable String version, @Nullable String csrf,
                                          Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return act(request, authentication, id, WorkflowAction.RETURN, new Typed(text(note), "", "", ""),
                actor -> workflow.returnToReporter(actor, id, text(note), version(version)));
    }

    @Post(value = "/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> approve(long id, @Nullable String version, @Nullable String csrf,
                                 Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return act(request, authentication, id, WorkflowAction.APPROVE, Typed.NOTHING,
                actor -> workflow.approve(actor, id, version(version)));
    }

    @Post(value = "/{id}/schedule", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> schedule(long id, @Nullable String date, @Nullable String time, @Nullable String version,
                                  @Nullable String csrf, Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return act(request, authentication, id, WorkflowAction.SCHEDULE, new Typed("", "", text(date), text(time)),
                actor -> workflow.schedule(actor, id, this.time.parse("publishAt", date, time), version(version)));
    }

    @Post(value = "/{id}/unschedule", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> unschedule(long id, @Nullable String version, @Nullable String csrf,
                                    Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return act(request, authentication, id, WorkflowAction.UNSCHEDULE, Typed.NOTHING,
                actor -> workflow.unschedule(actor, id, version(version)));
    }

    @Post(value = "/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> publish(long id, @Nullable String version, @Nullable String csrf,
                                 Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return act(request, authentication, id, WorkflowAction.PUBLISH, Typed.NOTHING,
                actor -> workflow.publish(actor, id, null, version(version)));
    }

    @Post(value = "/{id}/unpublish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> unpublish(long id, @Nullable String reason, @Nullable String version, @Nullable String csrf,
                                   Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        return act(request, authentication, id, WorkflowAction.UNPUBLISH, new Typed("", text(reason), "", ""),
                actor -> workflow.unpublish(actor, id, text(reason), version(version)));
    }

    @Get(value = "/{id}/correct", produces = MediaType.TEXT_HTML)
    HttpResponse<String> correctForm(long id, Authentication authentication, HttpRequest<?> request) {
        User user = view.user(authentication);
        Story story = desk.get(actor(user), id);
        if (story.status() != StoryStatus.PUBLISHED) {
            return review(request, user, id, HttpStatus.CONFLICT, Typed.NOTHING, FormErrors.NONE, notPublished(story));
        }
        return correctPage(request, user, story, HttpStatus.OK, "", story.headline(), story.dek(), story.body(),
                FormErrors.NONE, "");
    }

    @Post(value = "/{id}/correct", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> correct(long id, @Nullable String note, @Nullable String headline, @Nullable String dek,
                                 @Nullable String body, @Nullable String version, @Nullable String csrf,
                                 Authentication authentication, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        User user = view.user(authentication);
        Actor actor = actor(user);
        Story story = desk.get(actor, id);
        try {
            workflow.correct(actor, id, text(note), changedContent(story, headline, dek, body), version(version));
            return view.seeOther(request, "/desk/queue/" + id, "Correction published: readers see your note on the story.");
        } catch (InvalidInputException invalid) {
            return correctPage(request, user, story, HttpStatus.BAD_REQUEST, text(note), headline == null ? story.headline()
                    : text(headline), dek == null ? story.dek() : text(dek), body == null ? story.body() : text(body),
                    FormErrors.of(invalid), "");
        } catch (ConflictException conflict) {
            Story now = desk.get(actor, id);
            if (now.status() != StoryStatus.PUBLISHED) {
                return review(request, user, id, HttpStatus.CONFLICT, Typed.NOTHING, FormErrors.NONE, notPublished(now));
            }
            // Nothing typed is lost: the form keeps the note and edits, now over the story's current version,
            // so publishing them is a second, deliberate press after reading what changed.
            return correctPage(request, user, now, HttpStatus.CONFLICT, text(note),
                    headline == null ? now.headline() : text(headline), dek == null ? now.dek() : text(dek),
                    body == null ? now.body() : text(body), FormErrors.NONE, problem(conflict, WorkflowAction.CORRECT, now));
        }
    }

    /** One workflow step from the review screen: back to the screen (or the queue) with a notice, or the screen again saying why not. */
    private HttpResponse<String> act(HttpRequest<?> request, Authentication authentication, long id, WorkflowAction action,
                                     Typed typed, Step step) {
        User user = view.user(authentication);
        Actor actor = actor(user);
        try {
            Story done = step.take(actor);
            return view.seeOther(request, action == WorkflowAction.RETURN ? "/desk/queue" : "/desk/queue/" + id,
                    notice(action, done));
        } catch (InvalidInputException invalid) {
            return review(request, user, id, HttpStatus.BAD_REQUEST, typed, FormErrors.of(invalid), "");
        } catch (ConflictException conflict) {
            // The screen shows the story as it is now; what was typed stays in its form, if the story's
            // state still offers it, to be sent again on purpose.
            String problem = problem(conflict, action, desk.get(actor, id));
            return review(request, user, id, HttpStatus.CONFLICT, typed, FormErrors.NONE, problem);
        }
    }

    @FunctionalInterface
    private interface Step {
        Story take(Actor actor);
    }

    private HttpResponse<String> review(HttpRequest<?> request, User user, long id, HttpStatus status, Typed typed,
                                        FormErrors errors, String problem) {
        Story story = desk.get(actor(user), id);
        String section = sections.find(story.section()).map(Section::title).orElse(story.section());
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        REVIEW_ACTIONS.stream().filter(action -> action.allowedFrom(story.status())).forEach(actions::add);
        String publicUrl = story.status() == StoryStatus.PUBLISHED ? story.address() : "";
        Article article = new Article(section, story.headline(), story.dek(), bylines(story), body.html(story.body()));
        List<Note> notes = story.notes().stream().map(n -> new Note(time.when(n.at()), n.by(), n.text())).toList();
        List<AuditLine> trail = audit.forStory(id).stream().map(this::auditLine).toList();
        return view.page(request, user, status, frame -> view.render("desk/queue/review.jte", new ReviewPage(frame,
                story.id(), story.version(), QueuePages.stateName(story.status()), section, time.when(story.updatedAt()),
                time.when(story.scheduledAt()), time.when(story.publishedAt()), publicUrl, article, notes, trail,
                actions, time.zoneName(), typed, errors, problem)));
    }

    private HttpResponse<String> correctPage(HttpRequest<?> request, User user, Story story, HttpStatus status, String note,
                                             String headline, String dek, String body, FormErrors errors, String problem) {
        List<Note> corrections = story.corrections().stream().map(c -> new Note(time.when(c.at()), "", c.note())).toList();
        return view.page(request, user, status, frame -> view.render("desk/queue/correct.jte", new CorrectPage(frame,
                story.id(), story.version(), story.headline(), note, headline, dek, body, corrections, errors, problem)));
    }

    private AuditLine auditLine(AuditEvent event) {
        String what = event.action().startsWith("story.") ? event.action().substring("story.".length()) : event.action();
        String label = switch (what) {
            case "create" -> "Created";
            case "update" -> "Edited";
            case "preview-link" -> "Preview link made";
            default -> Arrays.stream(WorkflowAction.values()).filter(a -> a.path().equals(what)).findFirst()
                    .map(a -> capitalised(a.done())).orElse(event.action());
        };
        boolean moved = event.toStatus() != null && !Objects.equals(event.fromStatus(), event.toStatus());
        return new AuditLine(time.when(event.at()), event.actor(), label,
                moved && event.fromStatus() != null ? QueuePages.stateName(StoryStatus.valueOf(event.fromStatus())) : "",
                moved ? QueuePages.stateName(StoryStatus.valueOf(event.toStatus())) : "", event.detail());
    }

    private String notice(WorkflowAction action, Story story) {
        return switch (action) {
            case RETURN -> "Returned to the reporter with your note: “" + story.headline() + "”.";
            case APPROVE -> "Approved: “" + story.headline() + "”. Schedule it or publish it when it is ready.";
            case SCHEDULE -> "Scheduled for " + time.withZone(story.scheduledAt()) + ".";
            case UNSCHEDULE -> "Unscheduled: the story is approved and waits for a new time.";
            case PUBLISH -> "Published: the story is live.";
            case UNPUBLISH -> "Unpublished: the story is gone from the public site.";
            default -> capitalised(action.done()) + ".";
        };
    }

    /** Why an action did nothing: someone changed the story first, or its state has moved on. */
    private static String problem(ConflictException conflict, WorkflowAction action, Story now) {
        if (!action.allowedFrom(now.status())) {
            return "Nothing was done: the story is now " + QueuePages.stateName(now.status()).toLowerCase(java.util.Locale.ROOT)
                    + ", so it cannot be " + action.done() + ".";
        }
        if (conflict instanceof StaleVersionException) {
            return "Nothing was done: someone changed this story after you opened it. It is shown below as it is now; "
                    + "check it and try again.";
        }
        String message = conflict.getMessage();
        return "Nothing was done: " + message + (message.endsWith(".") ? "" : ".");
    }

    private static String notPublished(Story story) {
        return "Only a published story can be corrected; this one is "
                + QueuePages.stateName(story.status()).toLowerCase(java.util.Locale.ROOT) + ".";
    }

    /**
     * The correction's new content: null when the headline, dek and body are as they are (the
     * correction only adds its note); otherwise those three with the section, bylines (kept as they
     * are), tags and language unchanged. A field not sent at all is kept as it is.
     */
    private static StoryContent changedContent(Story story, @Nullable String headline, @Nullable String dek,
                                               @Nullable String body) {
        String newHeadline = headline == null ? story.headline() : text(headline);
        String newDek = dek == null ? story.dek() : text(dek);
        String newBody = body == null ? story.body() : text(body);
        if (newHeadline.strip().equals(story.headline()) && newDek.strip().equals(story.dek()) && newBody.equals(story.body())) {
            return null;
        }
        return new StoryContent(newHeadline, newDek, newBody, story.section(), List.of(), story.tags(), story.language());
    }

    private static String bylines(Story story) {
        return story.bylines().stream().map((Byline b) -> b.credit() == null ? b.name() : b.credit() + " " + b.name())
                .collect(Collectors.joining(", "));
    }

    /** The version a form was made from: required, so that a form never acts on a story it has not seen. */
    private static long version(@Nullable String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FormErrors.GENERAL, "The form was missing the story's version: reload the page and try again");
        }
    }

    /** What a person typed, with the line breaks a browser sends (CRLF) as the story keeps them (LF). */
    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed.replace("\r\n", "\n");
    }

    private static Actor actor(User user) {
        return new Actor(user.id(), user.username(), user.role());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
