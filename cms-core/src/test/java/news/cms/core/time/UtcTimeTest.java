package news.cms.core.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UtcTimeTest {

    @Test
    void instantsSurviveTheRoundTripToMicrosecondsAcrossCenturies() {
        for (String text : new String[]{"1970-01-01T00:00:00Z", "1969-07-20T20:17:40.123456Z", "2026-11-24T07:03:46.123456Z",
                "2999-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(instant, UtcTime.fromRow(UtcTime.toRow(instant)), text);
        }
    }

    @Test
    void timesKeepTheirOrderAsNumbers() {
        long earlier = UtcTime.toRow(Instant.parse("2026-11-24T07:03:46.000001Z"));
        long later = UtcTime.toRow(Instant.parse("2026-11-24T07:03:46.000002Z"));
        assertEquals(1, later - earlier);
    }
}
