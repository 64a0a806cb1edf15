package news.cms.core.change;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.time.UtcTime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The change feed: {@link #record} writes a row inside the changing transaction (it refuses to run
 * outside one), so no committed change lacks its row and no rolled-back one has one; {@link #after}
 * reads the rows past a reader's position, oldest first. The database's ids give the order.
 *
 * <p>An id is taken when a row is written, not when it commits, so a reader can see id 8 before a
 * slower transaction's id 7 commits: readers keep the gaps they saw and look again (see the search
 * indexer), and apply each change by reading the current state, so applying one twice is harmless.
 */
@Singleton
public class ChangeFeed {

    private final JdbcOperations jdbc;
    private final Clock clock;

    ChangeFeed(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change.Kind kind, String ref) {
        jdbc.prepareStatement("INSERT INTO change_feed (kind, ref, changed_at) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, kind.name().toLowerCase(Locale.ROOT));
            statement.setString(2, ref);
            statement.setLong(3, UtcTime.toRow(UtcTime.now(clock)));
            return statement.executeUpdate();
        });
    }

    public void story(long id) {
        record(Change.Kind.STORY, Long.toString(id));
    }

    /** Up to {@code limit} changes with ids above {@code position}, oldest first. */
    @ReadOnly
    public List<Change> after(long position, int limit) {
        return jdbc.prepareStatement("SELECT id, kind, ref, changed_at FROM change_feed WHERE id > ? ORDER BY id LIMIT ?",
                statement -> {
                    statement.setLong(1, position);
                    statement.setInt(2, limit);
                    return read(statement);
                });
    }

    /** The changes with these ids that are there now (a reader's gaps, looked for again). */
    @ReadOnly
    public List<Change> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement("SELECT id, kind, ref, changed_at FROM change_feed WHERE id IN (" + marks + ") ORDER BY id",
                statement -> {
                    int i = 1;
                    for (long id : ids) {
                        statement.setLong(i++, id);
                    }
                    return read(statement);
                });
    }

    private static List<Change> read(PreparedStatement statement) {
        List<Change> changes = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                changes.add(new Change(rs.getLong(1), Change.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                        rs.getString(3), UtcTime.fromRow(rs.getLong(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change feed failed: " + e.getMessage(), e);
        }
        return changes;
    }

    /** The newest change's id, or 0 for an empty feed: where a reader built from the stories as they are now starts. */
    @ReadOnly
    public long last() {
        return jdbc.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM change_feed", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the change feed failed: " + e.getMessage(), e);
            }
        });
    }
}
