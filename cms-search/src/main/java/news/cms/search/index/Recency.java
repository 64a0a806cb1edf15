package news.cms.search.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.Objects;

/**
 * A gentle boost of newer stories: a story's score is multiplied by {@code 1 + 0.15 / (1 + days / 30)},
 * 1.15 for today's, 1.075 a month old, 1.01 a year old. It orders stories that match equally, newest
 * first, and never lifts a story that matches in its body above one that matches in its headline
 * (the headline's weight is four times the body's).
 */
final class Recency extends DoubleValuesSource {

    static final double WEIGHT = 0.15;
    static final double SCALE_DAYS = 30;
    private static final double MICROS_A_DAY = 86_400_000_000.0;

    private final long now;

    /** @param now the current time as the index stores times (microseconds since the epoch) */
    Recency(long now) {
        this.now = now;
    }

    static double boost(long time, long now) {
        double days = Math.max(0, (now - time) / MICROS_A_DAY);
        return 1 + WEIGHT / (1 + days / SCALE_DAYS);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        NumericDocValues times = DocValues.getNumeric(context.reader(), StoryDocuments.TIME);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = times.advanceExact(doc) ? boost(times.longValue(), now) : 1;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return false; // it depends on the time of the query
    }

    @Override
    public int hashCode() {
        return Objects.hash(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recency recency && recency.now == now;
    }

    @Override
    public String toString() {
        return "recency(" + now + ")";
    }
}
