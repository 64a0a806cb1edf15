package news.cms.editorial.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** How the scheduler works ({@code cms.schedule}). */
@ConfigurationProperties("cms.schedule")
public class ScheduleSettings {

    /** How often due stories are looked for; a story goes live at most this long after its time. */
    private Duration poll = Duration.ofMillis(250);
    /** A story published later than this after its time counts as a missed schedule. */
    private Duration allowedLateness = Duration.ofSeconds(60);
    /** How far back the schedule board shows missed schedules. */
    private Duration missedShownFor = Duration.ofDays(7);

    public Duration getPoll() {
        return poll;
    }

    public void setPoll(Duration poll) {
        this.poll = poll;
    }

    public Duration getAllowedLateness() {
        return allowedLateness;
    }

    public void setAllowedLateness(Duration allowedLateness) {
        this.allowedLateness = allowedLateness;
    }

    public Duration getMissedShownFor() {
        return missedShownFor;
    }

    public void setMissedShownFor(Duration missedShownFor) {
        this.missedShownFor = missedShownFor;
    }
}
