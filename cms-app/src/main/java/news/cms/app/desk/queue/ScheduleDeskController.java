package news.cms.app.desk.queue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.NewsroomTime;
import news.cms.app.desk.queue.QueuePages.Missed;
import news.cms.app.desk.queue.QueuePages.SchedulePage;
import news.cms.app.desk.queue.QueuePages.Upcoming;
import news.cms.core.section.Section;
import news.cms.core.section.SectionDirectory;
import news.cms.core.story.Story;
import news.cms.editorial.schedule.ScheduleBoard;
import news.cms.editorial.schedule.ScheduleSettings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The schedule board, {@code /desk/schedule}: what goes out next, and the schedules the server missed. */
@Controller("/desk/schedule")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ScheduleDeskController {

    private final ScheduleBoard board;
    private final ScheduleSettings settings;
    private final SectionDirectory sections;
    private final NewsroomTime time;
    private final DeskView view;

    ScheduleDeskController(ScheduleBoard board, ScheduleSettings settings, SectionDirectory sections, NewsroomTime time,
                           DeskView view) {
        this.board = board;
        this.settings = settings;
        this.sections = sections;
        this.time = time;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> board(Authentication authentication, HttpRequest<?> request) {
        ScheduleBoard.Board now = board.now();
        Map<String, String> titles = sections.list().stream().collect(Collectors.toMap(Section::slug, Section::title));
        List<Upcoming> upcoming = now.upcoming().stream().map(story -> new Upcoming(story.id(), story.headline(),
                titles.getOrDefault(story.section(), story.section()), time.when(story.scheduledAt()))).toList();
        Map<Long, Story> missedStories = board.storiesOf(now.missed());
        List<Missed> missed = now.missed().stream().map(miss -> new Missed(miss.storyId(),
                missedStories.containsKey(miss.storyId()) ? missedStories.get(miss.storyId()).headline() : "Story " + miss.storyId(),
                time.when(miss.scheduledAt()), time.when(miss.publishedAt()),
                NewsroomTime.length(Duration.between(miss.scheduledAt(), miss.publishedAt())))).toList();
        return view.page(request, view.user(authentication), HttpStatus.OK, frame -> view.render("desk/queue/schedule.jte",
                new SchedulePage(frame, time.zoneName(), upcoming, missed, NewsroomTime.length(settings.getMissedShownFor()))));
    }
}
