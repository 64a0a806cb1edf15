package news.cms.core.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import news.cms.core.db.FilteredQuery;
import news.cms.core.time.UtcTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What readers may see: live stories only, that is PUBLISHED with a publish time that has come.
 * Every public page, feed and sitemap reads through here, so the embargo is kept in one place.
 * Lists are read newest first by keyset on the listing indexes, never by OFFSET.
 */
@Singleton
public class PublishedStories {

    private final StoryStore stories;
    private final JdbcOperations jdbc;

    PublishedStories(StoryStore stories, JdbcOperations jdbc) {
        this.stories = stories;
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} live stories of the listing, newest first, starting strictly after
     * {@code after} (from the newest when null).
     */
    @ReadOnly
    public List<Story> page(Listing listing, @Nullable ListingKey after, int limit, Instant now) {
        return stories(keys(listing, after, limit, now), now);
    }

    /**
     * The stories of keys that {@link #keys} read, in the keys' order; one no longer live by now is
     * left out. With {@code keys} a reader can take the keys of many pages in one query and the
     * stories a page at a time (H2 sorts a listing's remaining range for every keyset query).
     */
    @ReadOnly
    public List<Story> stories(List<ListingKey> keys, Instant now) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            position.put(keys.get(i).id(), i);
        }
        List<Story> found = new ArrayList<>(stories.findAll(keys.stream().map(ListingKey::id).toList()));
        found.removeIf(story -> !isLive(story, now));
        found.sort(Comparator.comparingInt(story -> position.get(story.id())));
        return found;
    }

    /**
     * The keys of the listing's live stories, newest first, after {@code after}: read from the
     * listing's index alone, so that a caller can find where page N starts without loading stories.
     */
    @ReadOnly
    public List<ListingKey> keys(Listing listing, @Nullable ListingKey after, int limit, Instant now) {
        Query q = query(listing);
        StringBuilder sql = new StringBuilder("SELECT ").append(q.id).append(", ").append(q.publishedAt)
                .append(" FROM ").append(q.from).append(" WHERE ").append(q.live).append(" AND ")
                .append(q.publishedAt).append(" <= ?");
        List<Object> values = new ArrayList<>(q.values);
        values.add(UtcTime.toRow(now));
        if (after != null) {
            // the first "<= ?" is redundant logically but bounds the index range where the page starts:
            // without it H2 walks every newer entry to reach the start of a deep page
            sql.append(" AND ").append(q.publishedAt).append(" <= ? AND (").append(q.publishedAt)
                    .append(" < ? OR (").append(q.publishedAt).append(" = ? AND ").append(q.id).append(" < ?))");
            long at = UtcTime.toRow(after.publishedAt());
            values.add(at);
            values.add(at);
            values.add(at);
            values.add(after.id());
        }
        // The order names the index's leading equality columns too: it is the same order, but only
        // then does H2 read the index backwards and stop after LIMIT rows, rather than sort the whole
        // range (MariaDB and MySQL read it backwards either way).
        sql.append(" ORDER BY ").append(q.indexPrefix).append(q.publishedAt).append(" DESC, ").append(q.id)
                .append(" DESC LIMIT ?");
        values.add(limit);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            List<ListingKey> keys = new ArrayList<>();
            try (ResultSet rs = FilteredQuery.bind(statement, values).executeQuery()) {
                while (rs.next()) {
                    keys.add(new ListingKey(UtcTime.fromRow(rs.getLong(2)), rs.getLong(1)));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Reading the " + listing.kind() + " listing failed: " + e.getMessage(), e);
            }
            return keys;
        });
    }

    /**
     * Up to {@code limit} addresses of live stories of the whole site, newest first, after
     * {@code after}: one query that reads five columns a story (the lead image's media id last), for the sitemaps.
     */
    @ReadOnly
    public List<StoryAddress> addresses(@Nullable ListingKey after, int limit, Instant now) {
        StringBuilder sql = new StringBuilder(
                "SELECT s.id, s.address, s.published_at, s.updated_at, l.media_id FROM story s"
                        + " LEFT JOIN story_lead_image l ON l.story_id = s.id"
                        + " WHERE s.status = 'PUBLISHED' AND s.published_at <= ?");
        List<Object> values = new ArrayList<>(List.of(UtcTime.toRow(now)));
        if (after != null) {
            // as in keys(): the redundant bound is what lets H2 start the range where the page starts
            sql.append(" AND s.published_at <= ? AND (s.published_at < ? OR (s.published_at = ? AND s.id < ?))");
            long at = UtcTime.toRow(after.publishedAt());
            values.addAll(List.of(at, at, at, after.id()));
        }
        sql.append(" ORDER BY s.status DESC, s.published_at DESC, s.id DESC LIMIT ?");
        values.add(limit);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            List<StoryAddress> addresses = new ArrayList<>();
            try (ResultSet rs = FilteredQuery.bind(statement, values).executeQuery()) {
                while (rs.next()) {
                    long lead = rs.getLong(5);
                    addresses.add(new StoryAddress(rs.getLong(1), rs.getString(2), UtcTime.fromRow(rs.getLong(3)),
                            UtcTime.fromRow(rs.getLong(4)), rs.wasNull() ? null : lead));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Reading the stories' addresses failed: " + e.getMessage(), e);
            }
            return addresses;
        });
    }

    /** How many live stories the listing has, counted on its index. */
    @ReadOnly
    public long count(Listing listing, Instant now) {
        Query q = query(listing);
        String sql = "SELECT COUNT(*) FROM " + q.from + " WHERE " + q.live + " AND " + q.publishedAt + " <= ?";
        List<Object> values = new ArrayList<>(q.values);
        values.add(UtcTime.toRow(now));
        return jdbc.prepareStatement(sql, statement -> {
            try (ResultSet rs = FilteredQuery.bind(statement, values).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new DataAccessException("Counting the " + listing.kind() + " listing failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The live story whose address this is, or none when no story has it or that story is not (yet,
     * or any longer) public.
     */
    @ReadOnly
    public Optional<Story> findByAddress(String address, Instant now) {
        return stories.findByAddress(address).filter(story -> isLive(story, now));
    }

    /** The live story with this slug, or none when there is none or it is not (yet, or any longer) public. */
    @ReadOnly
    public Optional<Story> findBySlug(String slug, Instant now) {
        return stories.findBySlug(slug).filter(story -> isLive(story, now));
    }

    /** One live story, or none when it does not exist or is not (yet, or any longer) public. */
    @ReadOnly
    public Optional<Story> find(long id, Instant now) {
        return stories.find(id).filter(story -> isLive(story, now));
    }

    public static boolean isLive(Story story, Instant now) {
        return story.status() == StoryStatus.PUBLISHED && story.publishedAt() != null && !story.publishedAt().isAfter(now);
    }

    /**
     * The SQL pieces of one listing: its index's table, its live condition, the index's leading
     * columns that the condition fixes (for the ORDER BY), its id and time columns.
     */
    private record Query(String from, String live, String indexPrefix, String id, String publishedAt,
                         List<Object> values) {
    }

    private static Query query(Listing listing) {
        return switch (listing.kind()) {
            case HOME -> new Query("story", "status = 'PUBLISHED'", "status DESC, ", "id", "published_at", List.of());
            case SECTION -> new Query("story", "section_id = ? AND status = 'PUBLISHED'",
                    "section_id DESC, status DESC, ", "id", "published_at", List.of(listing.id()));
            // story_byline and story_tag carry published_at only while the story is PUBLISHED
            case AUTHOR -> new Query("story_byline", "author_id = ? AND published_at IS NOT NULL", "author_id DESC, ",
                    "story_id", "published_at", List.of(listing.id()));
            case TAG -> new Query("story_tag", "tag_id = ? AND published_at IS NOT NULL", "tag_id DESC, ", "story_id",
                    "published_at", List.of(listing.id()));
        };
    }
}
