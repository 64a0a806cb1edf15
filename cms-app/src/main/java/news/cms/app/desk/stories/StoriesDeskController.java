package news.cms.app.desk.stories;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.StoryStates;
import news.cms.app.desk.NewsroomTime;
import news.cms.app.desk.FormErrors;
import news.cms.app.desk.media.PictureViews;
import news.cms.app.desk.stories.StoryPages.Conflict;
import news.cms.app.desk.stories.StoryPages.EditorPage;
import news.cms.app.desk.stories.StoryPages.Form;
import news.cms.app.desk.stories.StoryPages.Group;
import news.cms.app.desk.stories.StoryPages.LeadForm;
import news.cms.app.desk.stories.StoryPages.LeadPicker;
import news.cms.app.desk.stories.StoryPages.ListPage;
import news.cms.app.desk.stories.StoryPages.Note;
import news.cms.app.desk.stories.StoryPages.Option;
import news.cms.app.desk.stories.StoryPages.Preview;
import news.cms.app.desk.stories.StoryPages.RevisionPage;
import news.cms.app.desk.stories.StoryPages.RevisionRow;
import news.cms.app.desk.stories.StoryPages.RevisionsPage;
import news.cms.app.desk.stories.StoryPages.Shown;
import news.cms.app.desk.stories.StoryPages.StoryInfo;
import news.cms.app.desk.stories.StoryPages.StoryRow;
import news.cms.core.account.Actor;
import news.cms.core.account.User;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.ConflictException;
import news.cms.core.error.ForbiddenException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.StaleVersionException;
import news.cms.core.media.MediaChanges;
import news.cms.core.media.MediaItem;
import news.cms.core.media.MediaLibrary;
import news.cms.core.paging.PageRequest;
import news.cms.core.paging.ResultPage;
import news.cms.core.revision.Revision;
import news.cms.core.revision.RevisionSummary;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Byline;
import news.cms.core.story.EditorNote;
import news.cms.core.story.Story;
import news.cms.core.story.StoryStatus;
import news.cms.core.story.StoryStore;
import news.cms.editorial.revision.RevisionDesk;
import news.cms.editorial.story.StoryAccess;
import news.cms.editorial.story.StoryDesk;
import news.cms.editorial.workflow.StoryWorkflow;
import news.cms.plugins.media.MediaUploads;
import news.cms.plugins.media.PictureEdits;
import news.cms.publishing.article.StoryBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reporter desk: a person's own stories by state, the story editor (create, save, preview,
 * submit for review) and a story's revisions with what each changed. Every rule (who may read or
 * edit which story, in which state, what a valid story is) is the story services' own; this
 * controller turns their answers into pages and keeps what a person typed whenever a save fails.
 */
@Controller("/desk/stories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class StoriesDeskController {

    /** Stories shown per state on the overview; the rest are a link away. */
    private static final int PER_GROUP = 20;
    /** Stories per page when one state is listed alone. */
    private static final int PER_PAGE = 50;

    private final DeskView view;
    private final StoryDesk stories;
    private final StoryWorkflow workflow;
    private final RevisionDesk revisions;
    private final StoryAccess access;
    private final SectionDirectory sections;
    private final AuthorDirectory authors;
    private final StoryBody storyBody;
    private final NewsroomTime time;
    private final StoryStore store;
    private final LeadImageChoices leadChoices;
    private final MediaUploads uploads;
    private final MediaLibrary library;
    private final PictureEdits pictureEdits;

    StoriesDeskController(DeskView view, StoryDesk stories, StoryWorkflow workflow, RevisionDesk revisions,
                          StoryAccess access, SectionDirectory sections, AuthorDirectory authors, StoryBody storyBody,
                          NewsroomTime time, StoryStore store, LeadImageChoices leadChoices, MediaUploads uploads,
                          MediaLibrary library, PictureEdits pictureEdits) {
        this.store = store;
        this.leadChoices = leadChoices;
        this.uploads = uploads;
        this.library = library;
        this.pictureEdits = pictureEdits;
        this.view = view;
        this.stories = stories;
        this.workflow = workflow;
        this.revisions = revisions;
        this.access = access;
        this.sections = sections;
        this.authors = authors;
        this.storyBody = storyBody;
        this.time = time;
    }

    // ---- My stories

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(Authentication authentication, @Nullable @QueryValue String state,
                              @Nullable @QueryValue Integer page, HttpRequest<?> request) {
        User user = view.user(authentication);
        Actor actor = actorOf(user);
        Map<String, String> titles = sectionTitles();
        Optional<StoryStatus> only = statusNamed(state);
        List<Group> groups = new ArrayList<>();
        String previous = "";
        String next = "";
        if (only.isPresent()) {
            int number = page == null || page < 1 ? 1 : page;
            ResultPage<Story> found = stories.list(actor, only.get(), null, null, true, new PageRequest(number, PER_PAGE));
            if (found.totalItems() > 0) {
                groups.add(group(only.get(), found, titles, ""));
            }
            String base = "/desk/stories?state=" + only.get().name().toLowerCase(Locale.ROOT) + "&page=";
            previous = number > 1 ? base + (number - 1) : "";
            next = number < found.totalPages() ? base + (number + 1) : "";
        } else {
            for (StoryStatus status : StoryStatus.values()) {
                // Reporters only ever see theirs; editors ask for "mine": this is their own list too.
                ResultPage<Story> found = stories.list(actor, status, null, null, true, new PageRequest(1, PER_GROUP));
                if (found.totalItems() > 0) {
                    groups.add(group(status, found, titles, found.totalItems() > found.items().size()
                            ? "/desk/stories?state=" + status.name().toLowerCase(Locale.ROOT) : ""));
                }
            }
        }
        String filter = only.map(StoryStates::label).orElse("");
        String previousHref = previous;
        String nextHref = next;
        return view.page(request, user, HttpStatus.OK, frame -> view.render("desk/stories/list.jte",
                new ListPage(frame, groups, time.zoneName(), filter, previousHref, nextHref)));
    }

    // ---- Writing a new story

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    HttpResponse<String> newStory(Authentication authentication, HttpRequest<?> request) {
        User user = view.user(authentication);
        String own = authors.profileOf(user.id()).map(Author::slug).orElse(null);
        return editor(request, user, HttpStatus.OK, new Editing(null, StoryForms.blank(own)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> create(Authentication authentication, @Nullable @Body String form, HttpRequest<?> request) {
        PostedStory posted = PostedStory.parse(form);
        view.requireToken(request, posted.csrf());
        User user = view.user(authentication);
        Form typed = StoryForms.atVersion(posted.form(), 0);
        if (posted.preview()) {
            return editor(request, user, HttpStatus.OK, new Editing(null, typed).previewed(preview(typed)));
        }
        try {
            Story created = stories.create(actorOf(user), StoryForms.content(typed));
            return view.seeOther(request, "/desk/stories/" + created.id(), "Saved as a draft." + focus(actorOf(user), typed));
        } catch (InvalidInputException invalid) {
            return editor(request, user, HttpStatus.BAD_REQUEST, new Editing(null, typed).refused(FormErrors.of(invalid)));
        }
    }

    // ---- The story editor

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> edit(Authentication authentication, long id, HttpRequest<?> request) {
        User user = view.user(authentication);
        Story story = stories.get(actorOf(user), id);
        return editor(request, user, HttpStatus.OK, new Editing(story, formOf(story)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> save(Authentication authentication, long id, @Nullable @Body String form, HttpRequest<?> request) {
        PostedStory posted = PostedStory.parse(form);
        view.requireToken(request, posted.csrf());
        User user = view.user(authentication);
        Actor actor = actorOf(user);
        Story story = stories.get(actor, id);
        Form typed = posted.form();
        if (posted.preview()) {
            return editor(request, user, HttpStatus.OK, new Editing(story, typed).previewed(preview(typed)));
        }
        try {
            stories.update(actor, id, typed.version(), StoryForms.content(typed));
            return view.seeOther(request, "/desk/stories/" + id, "Saved." + focus(actor, typed));
        } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
            return notSaved(request, user, id, typed, refused);
        }
    }

    /**
     * Submits the story for review. The editor's form posts its fields here too: when they differ
     * from what is saved, they are saved first (with the same checks as Save), so what the person
     * sees is what goes to review and nothing typed is dropped.
     */
    @Post(value = "/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> submit(Authentication authentication, long id, @Nullable @Body String form, HttpRequest<?> request) {
        PostedStory posted = PostedStory.parse(form);
        view.requireToken(request, posted.csrf());
        User user = view.user(authentication);
        Actor actor = actorOf(user);
        Story story = stories.get(actor, id);
        Form typed = posted.form();
        boolean saving = posted.hasContent() && !StoryForms.sameAs(typed, story, store.ownLeadImage(id).orElse(null));
        if (saving) {
            try {
                story = stories.update(actor, id, typed.version(), StoryForms.content(typed));
                focus(actor, typed);
            } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
                return notSaved(request, user, id, typed, refused);
            }
        }
        try {
            workflow.submit(actor, id, saving ? story.version() : typed.version());
            return view.seeOther(request, "/desk/stories/" + id, saving ? "Saved and submitted for review."
                    : "Submitted for review.");
        } catch (ConflictException notNow) {
            Story current = stories.get(actor, id);
            String why = notNow instanceof StaleVersionException
                    ? "Someone changed the story after you opened it, so it was not submitted. Below is the story as it is now: check it, then submit it again."
                    : sentence(notNow.getMessage());
            return editor(request, user, HttpStatus.CONFLICT, new Editing(current, formOf(current))
                    .problem((saving ? "Your changes were saved, but the story was not submitted. " : "Not submitted. ") + why));
        }
    }

    /**
     * A save the services refused, answered so that nothing typed is lost: invalid fields marked on
     * the same form (400); someone else's newer version beside what was typed (409); a story this
     * person may no longer edit shown read-only with what they typed (403).
     */
    private HttpResponse<String> notSaved(HttpRequest<?> request, User user, long id, Form form, RuntimeException refused) {
        Actor actor = actorOf(user);
        if (refused instanceof InvalidInputException invalid) {
            Story story = stories.get(actor, id);
            return editor(request, user, HttpStatus.BAD_REQUEST, new Editing(story, form).refused(FormErrors.of(invalid)));
        }
        if (refused instanceof StaleVersionException) {
            Story current = stories.get(actor, id);
            Optional<RevisionSummary> last = revisions.list(actor, id).stream()
                    .filter(r -> r.number() == current.version()).findFirst();
            Shown saved = shown(current);
            Shown typed = shown(form);
            Conflict conflict = new Conflict(current.version(), last.map(RevisionSummary::by).orElse(""),
                    last.map(r -> time.when(r.at())).orElse(time.when(current.updatedAt())), saved, typed, differing(saved, typed));
            return editor(request, user, HttpStatus.CONFLICT,
                    new Editing(current, StoryForms.atVersion(form, current.version())).conflicted(conflict));
        }
        if (refused instanceof ForbiddenException) {
            Story story = stories.get(actor, id); // refused again, as a 403 page, when they may not even read it
            return editor(request, user, HttpStatus.FORBIDDEN, new Editing(story, form).unsaved(sentence(refused.getMessage())));
        }
        throw refused; // another conflict: the error page says it
    }

    /**
     * Uploads a picture to the library and makes it the story's lead image in one step, at the version
     * the editor was opened at. The picture keeps its library page whatever happens to the story; a
     * story changed meanwhile keeps its lead image, and the page says how to choose the new picture.
     */
    @Post(value = "/{id}/lead-image", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> uploadLead(Authentication authentication, long id, @Part("csrf") @Nullable String csrf,
                                    @Part("version") @Nullable String version,
                                    @Part("file") @Nullable CompletedFileUpload file, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        User user = view.user(authentication);
        Actor actor = actorOf(user);
        Story story = stories.get(actor, id);
        access.checkEdit(actor, story);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return editor(request, user, HttpStatus.BAD_REQUEST, new Editing(story, formOf(story))
                    .problem("No picture was uploaded: choose a file first."));
        }
        MediaItem picture;
        try (InputStream in = file.getInputStream()) {
            picture = uploads.upload(actor, file.getFilename(), file.getContentType().map(MediaType::toString).orElse(null),
                    file.getSize(), in);
        } catch (InvalidInputException refused) {
            return editor(request, user, HttpStatus.BAD_REQUEST, new Editing(story, formOf(story))
                    .problem(file.getFilename() + " was not accepted: " + sentence(FormErrors.of(refused).of("file"))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        if (!picture.isPicture()) {
            return editor(request, user, HttpStatus.BAD_REQUEST, new Editing(story, formOf(story)).problem(
                    file.getFilename() + " is in the media library, but it is not a picture, so it cannot be the lead image."));
        }
        try {
            stories.update(actor, id, StoryForms.versionOf(version),
                    StoryForms.content(StoryForms.withLead(formOf(story), picture.id())));
        } catch (StaleVersionException stale) {
            Story current = stories.get(actor, id);
            return editor(request, user, HttpStatus.CONFLICT, new Editing(current, formOf(current)).problem(
                    "Someone changed the story after you opened it, so its lead image was not changed. " + picture.filename()
                            + " is in the media library as picture " + picture.id() + ": choose it below, then save."));
        }
        String warned = picture.warnings().isEmpty() ? "" : " Read its warnings in the media library before it is published.";
        return view.seeOther(request, "/desk/stories/" + id, picture.filename() + " is the lead image. Describe it in the "
                + "alt text before the story is published." + warned);
    }

    // ---- Revisions

    @Get(value = "/{id}/revisions", produces = MediaType.TEXT_HTML)
    HttpResponse<String> revisions(Authentication authentication, long id, HttpRequest<?> request) {
        User user = view.user(authentication);
        Actor actor = actorOf(user);
        Story story = stories.get(actor, id);
        List<RevisionRow> rows = revisions.list(actor, id).stream().map(this::row).toList();
        return view.page(request, user, HttpStatus.OK, frame -> view.render("desk/stories/revisions.jte",
                new RevisionsPage(frame, id, story.headline(), rows)));
    }

    @Get(value = "/{id}/revisions/{number}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> revision(Authentication authentication, long id, long number, HttpRequest<?> request) {
        return revisionPage(request, view.user(authentication), id, number, HttpStatus.OK, "");
    }

    /**
     * Puts an old revision's content back as the story's next version (editors only; the service
     * keeps the story's state and writes a revision of its own). A story changed since the page was
     * opened, or a revision whose section or authors are gone, is said on the revision's page.
     */
    @Post(value = "/{id}/revisions/{number}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured({"EDITOR", "ADMIN"})
    HttpResponse<String> restore(Authentication authentication, long id, long number, @Nullable String csrf,
                                 @Nullable String version, HttpRequest<?> request) {
        view.requireToken(request, csrf);
        User user = view.user(authentication);
        try {
            Story restored = revisions.restore(actorOf(user), id, number, StoryForms.versionOf(version));
            return view.seeOther(request, "/desk/stories/" + id, "Revision " + number + " restored as version "
                    + restored.version() + ".");
        } catch (StaleVersionException stale) {
            return revisionPage(request, user, id, number, HttpStatus.CONFLICT, "Nothing was restored: someone "
                    + "changed the story after you opened this page. Check the story, then restore again if you still want to.");
        } catch (ConflictException refused) {
            return revisionPage(request, user, id, number, HttpStatus.CONFLICT, "Nothing was restored. "
                    + sentence(refused.getMessage()));
        }
    }

    private HttpResponse<String> revisionPage(HttpRequest<?> request, User user, long id, long number,
                                              HttpStatus status, String problem) {
        Actor actor = actorOf(user);
        Story story = stories.get(actor, id);
        Revision revision = revisions.get(actor, id, number);
        List<Long> numbers = revisions.list(actor, id).stream().map(RevisionSummary::number).toList();
        Long previous = numbers.stream().filter(n -> n < number).max(Comparator.naturalOrder()).orElse(null);
        Long next = numbers.stream().filter(n -> n > number).min(Comparator.naturalOrder()).orElse(null);
        Map<String, String> titles = sectionTitles();
        var changes = previous == null ? List.<StoryPages.FieldChange>of()
                : new RevisionChanges(time, slug -> titles.getOrDefault(slug, slug))
                .of(revisions.diff(actor, id, previous, number));
        RevisionRow row = row(new RevisionSummary(revision.number(), revision.at(), revision.by(), revision.summary()));
        boolean restorable = actor.isEditor() && number != story.version();
        return view.page(request, user, status, frame -> view.render("desk/stories/revision.jte",
                new RevisionPage(frame, id, story.headline(), row, previous, next, changes, shown(revision.story()),
                        restorable, story.version(), problem)));
    }

    // ---- Rendering the editor

    /** What the editor shows: the story (null while new), the form, and what happened to the last attempt. */
    private record Editing(@Nullable Story story, Form form, FormErrors errors, @Nullable Preview preview,
                           @Nullable Conflict conflict, String refusal, String problem) {

        Editing(@Nullable Story story, Form form) {
            this(story, form, FormErrors.NONE, null, null, "", "");
        }

        Editing refused(FormErrors errors) {
            return new Editing(story, form, errors, preview, conflict, refusal, problem);
        }

        Editing previewed(Preview preview) {
            return new Editing(story, form, errors, preview, conflict, refusal, problem);
        }

        Editing conflicted(Conflict conflict) {
            return new Editing(story, form, errors, preview, conflict, refusal, problem);
        }

        /** The save was refused for this person and state: the form holds unsaved text. */
        Editing unsaved(String refusal) {
            return new Editing(story, form, errors, preview, conflict, refusal, problem);
        }

        Editing problem(String problem) {
            return new Editing(story, form, errors, preview, conflict, refusal, problem);
        }
    }

    private HttpResponse<String> editor(HttpRequest<?> request, User user, HttpStatus status, Editing editing) {
        Actor actor = actorOf(user);
        Story story = editing.story();
        String locked = editing.refusal();
        if (story != null && locked.isEmpty()) {
            locked = lockedFor(actor, story);
        }
        StoryInfo info = story == null ? null : info(actor, story);
        List<Option> sectionOptions = sections.list().stream().map(s -> new Option(s.slug(), s.title())).toList();
        List<Option> authorOptions = authors.list().stream().map(a -> new Option(a.slug(), a.name())).toList();
        Shown saved = story == null ? null : shown(story);
        String savedHtml = story == null ? "" : storyBody.html(story.body());
        Form form = StoryForms.withSpareRows(editing.form());
        boolean unsaved = !editing.refusal().isEmpty();
        boolean editor = user.role().isEditor();
        String reason = locked;
        LeadPicker lead = leadChoices.of(form.lead());
        return view.page(request, user, status, frame -> view.render("desk/stories/editor.jte", new EditorPage(frame,
                info, form, editing.errors(), sectionOptions, authorOptions, lead, reason, saved, savedHtml, unsaved,
                editing.preview(), editing.conflict(), editing.problem(), editor)));
    }

    /** The saved story in the form, with its own description of its lead image. */
    private Form formOf(Story story) {
        return StoryForms.of(story, store.ownLeadImage(story.id()).orElse(null));
    }

    /**
     * After a save: moves the lead image's focal point when another cell was chosen, which cuts its
     * crops anew (the picture's, so every story that shows it follows). Said in the notice.
     */
    private String focus(Actor actor, Form form) {
        LeadForm lead = form.lead();
        if (!lead.given() || lead.media().isEmpty() || lead.focal() == null) {
            return "";
        }
        try {
            long media = Long.parseLong(lead.media());
            MediaItem picture = media > 0 ? library.pictures(List.of(media)).get(media) : null;
            MediaItem.FocalPoint chosen = picture == null ? null : PictureViews.chosenFocus(lead.focal(), picture.focalPoint());
            if (chosen == null) {
                return "";
            }
            pictureEdits.edit(actor, media, new MediaChanges(null, null, null, chosen));
            return " The lead image's crops are cut around its new focal point.";
        } catch (NumberFormatException | InvalidInputException notMoved) {
            return "";
        }
    }

    /** Why this person may not edit the story now, in the services' words; "" when they may. */
    private String lockedFor(Actor actor, Story story) {
        try {
            access.checkEdit(actor, story);
            return "";
        } catch (ForbiddenException refused) {
            return sentence(refused.getMessage());
        }
    }

    private StoryInfo info(Actor actor, Story story) {
        List<Note> notes = story.notes().stream()
                .sorted(Comparator.comparing(EditorNote::at).reversed())
                .map(n -> new Note(n.by(), time.when(n.at()), n.text())).toList();
        String changedBy = revisions.list(actor, story.id()).stream().filter(r -> r.number() == story.version())
                .map(RevisionSummary::by).findFirst().orElse("");
        return new StoryInfo(story.id(), story.headline(), StoryStates.label(story.status()), story.version(),
                time.when(story.updatedAt()), changedBy,
                story.status() == StoryStatus.SCHEDULED ? time.when(story.scheduledAt()) : null, notes,
                story.status() == StoryStatus.DRAFT);
    }

    private Preview preview(Form form) {
        return new Preview(form.headline().strip(), form.dek().strip(), storyBody.html(form.body()));
    }

    private Shown shown(Story story) {
        return new Shown(story.headline(), story.dek(), story.body(), sectionTitles().getOrDefault(story.section(),
                story.section()), StoryForms.bylines(story.bylines()), String.join(", ", story.tags()), story.language());
    }

    /** What was typed, as text: the authors by name where they exist, the slug where not. */
    private Shown shown(Form form) {
        Map<String, String> names = authors.list().stream().collect(Collectors.toMap(Author::slug, Author::name));
        List<Byline> bylines = form.bylines().stream().filter(row -> !row.author().isEmpty())
                .map(row -> new Byline(row.author(), names.getOrDefault(row.author(), row.author()),
                        row.credit().isBlank() ? null : row.credit().strip())).toList();
        return new Shown(form.headline().strip(), form.dek().strip(), form.body(),
                sectionTitles().getOrDefault(form.section(), form.section()), StoryForms.bylines(bylines),
                String.join(", ", StoryForms.tags(form.tags())),
                form.language().isBlank() ? "en" : form.language().strip());
    }

    private static List<String> differing(Shown saved, Shown typed) {
        List<String> fields = new ArrayList<>();
        Function<Shown, String> bylines = Shown::bylines;
        List<Function<Shown, String>> values = List.of(Shown::headline, Shown::dek, Shown::body, Shown::section,
                bylines, Shown::tags, Shown::language);
        for (int i = 0; i < values.size(); i++) {
            boolean keptAsIs = values.get(i) == bylines && typed.bylines().isEmpty(); // no rows: the bylines stay
            if (!keptAsIs && !values.get(i).apply(saved).equals(values.get(i).apply(typed))) {
                fields.add(EditorPage.FIELDS.get(i));
            }
        }
        return fields;
    }

    // ---- Helpers

    private Group group(StoryStatus status, ResultPage<Story> found, Map<String, String> titles, String allHref) {
        List<StoryRow> rows = found.items().stream().map(s -> new StoryRow(s.id(), s.headline(),
                titles.getOrDefault(s.section(), s.section()), time.when(s.updatedAt()),
                status == StoryStatus.SCHEDULED ? time.when(s.scheduledAt()) : null)).toList();
        return new Group(status.name().toLowerCase(Locale.ROOT), StoryStates.label(status), found.totalItems(), rows, allHref);
    }

    private RevisionRow row(RevisionSummary summary) {
        return new RevisionRow(summary.number(), time.when(summary.at()), summary.by(), summary.summary());
    }

    private Map<String, String> sectionTitles() {
        return sections.list().stream().collect(Collectors.toMap(Section::slug, Section::title));
    }

    private static Optional<StoryStatus> statusNamed(@Nullable String state) {
        if (state == null) {
            return Optional.empty();
        }
        for (StoryStatus status : StoryStatus.values()) {
            if (status.name().equalsIgnoreCase(state.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static Actor actorOf(User user) {
        return new Actor(user.id(), user.username(), user.role());
    }

    private static String sentence(String message) {
        String text = message.strip();
        return text.endsWith(".") ? text : text + ".";
    }
}
