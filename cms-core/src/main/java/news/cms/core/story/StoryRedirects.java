package news.cms.core.story;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The paths that lead to a story's address: those it answered at before (its slug changed, an
 * import brought its old permalinks) and the one today's {@link AddressRule} would give it, when that
 * differs (the zone changed, it was republished back-dated). A reader at such a path gets 301 to the
 * story's address while the story is live, and nothing once it is not: a redirect never shows where
 * a story that readers may not see has gone. A path that is a story's own address is never a
 * redirect, whatever the table says: the address wins.
 */
@Singleton
public class StoryRedirects {

    /** A path and the address it leads to. */
    @Introspected
    public record Redirect(String path, String address) {
    }

    private final RedirectRepository redirects;
    private final StoryRepository stories;
    private final PublishedStories published;
    private final AddressRule rule;
    private final Clock clock;

    StoryRedirects(RedirectRepository redirects, StoryRepository stories, PublishedStories published, AddressRule rule,
                   Clock clock) {
        this.redirects = redirects;
        this.stories = stories;
        this.published = published;
        this.rule = rule;
        this.clock = clock;
    }

    /**
     * Makes {@code path} lead to the story (an old link of a site we moved in from, say); a path that
     * led to another story now leads to this one. Adding it again changes nothing.
     */
    @Transactional
    public void add(String path, long storyId) {
        redirects.put(path, storyId, UtcTime.toRow(UtcTime.now(clock)));
    }

    /** The address of the live story that {@code path} leads to, if it leads to one. */
    @ReadOnly
    public Optional<String> redirectTo(String path, Instant now) {
        if (stories.existsByAddress(path)) {
            return Optional.empty();
        }
        Optional<Long> target = redirects.findById(path).map(RedirectRow::storyId);
        if (target.isPresent()) {
            return target.flatMap(id -> published.find(id, now)).map(Story::address);
        }
        return formerlyAt(path, now).map(Story::address);
    }

    /**
     * Up to {@code limit} redirects of live stories from the table, in path order after {@code after}
     * ("" for the first): for a copy of the site, such as the static export.
     */
    @ReadOnly
    public List<Redirect> live(String after, int limit, Instant now) {
        return redirects.live(after, UtcTime.toRow(now), limit);
    }

    /**
     * The address today's rule gives the story when that is not its own, and no story has it and no
     * redirect claims it: the path a reader may still come by (a link made before the zone changed).
     */
    @ReadOnly
    public Optional<String> aliasOf(Story story) {
        if (story.address() == null || story.publishedAt() == null) {
            return Optional.empty();
        }
        String path = rule.addressOf(story.publishedAt(), story.slug());
        return path.equals(story.address()) || stories.existsByAddress(path) || redirects.existsById(path)
                ? Optional.empty() : Optional.of(path);
    }

    /** The live story that today's rule would place at {@code path}, now elsewhere. */
    private Optional<Story> formerlyAt(String path, Instant now) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return published.findBySlug(path.substring(slash + 1), now)
                .filter(story -> story.address() != null && rule.addressOf(story.publishedAt(), story.slug()).equals(path));
    }
}
