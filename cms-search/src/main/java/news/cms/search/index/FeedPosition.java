package news.cms.search.index;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far the index has read the change feed: every id up to {@link #last} was seen, except the gaps,
 * which a slower transaction may still commit (an id is taken when its row is written). Gaps are
 * looked for again until they are older than the wait, then given up (a rolled-back change leaves
 * one for ever). Kept in the index's commit data, so that the index and its position are one.
 */
final class FeedPosition {

    private long last;
    /** The skipped ids, with when each was first missed. */
    private final Map<Long, Instant> gaps = new HashMap<>();

    FeedPosition(long last, Map<Long, Instant> gaps) {
        this.last = last;
        this.gaps.putAll(gaps);
    }

    FeedPosition copy() {
        return new FeedPosition(last, gaps);
    }

    long last() {
        return last;
    }

    Set<Long> gaps() {
        return new TreeSet<>(gaps.keySet());
    }

    /** The ids of a batch read past {@link #last}, and the gaps' ids found now: moves on, noting new gaps. */
    void saw(Set<Long> ids, Instant now) {
        long newest = ids.stream().mapToLong(Long::longValue).max().orElse(last);
        for (long id = last + 1; id < newest; id++) {
            if (!ids.contains(id)) {
                gaps.putIfAbsent(id, now);
            }
        }
        ids.forEach(gaps::remove);
        last = Math.max(last, newest);
    }

    /** Gives up the gaps first missed before {@code before}. */
    void expire(Instant before) {
        gaps.values().removeIf(missed -> missed.isBefore(before));
    }

    String encodeGaps() {
        return gaps.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue().toEpochMilli())
                .collect(Collectors.joining(","));
    }

    static FeedPosition decode(String last, String gaps) {
        Map<Long, Instant> open = new HashMap<>();
        if (gaps != null && !gaps.isBlank()) {
            for (String gap : gaps.split(",")) {
                String[] parts = gap.split("@");
                open.put(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
            }
        }
        return new FeedPosition(last == null ? 0 : Long.parseLong(last), open);
    }

    /** A position for an index built from the stories as they are now, with {@code present} the feed's recent ids. */
    static FeedPosition startingAt(long last, Set<Long> present, long from, Instant now) {
        Map<Long, Instant> open = new HashMap<>();
        Set<Long> seen = new HashSet<>(present);
        for (long id = from + 1; id <= last; id++) {
            if (!seen.contains(id)) {
                open.put(id, now);
            }
        }
        return new FeedPosition(last, open);
    }
}
