package lategate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The limit on a scanner's fault rows, with the instants given: no clock, no database. */
class ScanFaultLimitTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant T0 = Instant.parse("2026-11-23T08:41:00Z");
    private final ScanFaultLimit limit = new ScanFaultLimit();

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    @Test
    @DisplayName("the first 10 faults of a scanner in a minute get a row each; the rest are counted, and the next fault after the minute brings the count")
    void tenAMinuteThenCounted() {
        for (int i = 0; i < ScanFaultLimit.PER_MINUTE; i++) {
            assertEquals(new ScanFaultLimit.Admission(Optional.empty(), true), limit.admit("late gate", at(i)));
        }
        for (int i = 0; i < 57; i++) {
            assertEquals(new ScanFaultLimit.Admission(Optional.empty(), false), limit.admit("late gate", at(10 + i * 0.5)));
        }
        ScanFaultLimit.Admission next = limit.admit("late gate", at(60));
        assertTrue(next.logged(), "a new minute: the fault has its row");
        assertEquals(Optional.of(new ScanFaultLimit.LeftOut("late gate", 57, at(10), at(38))), next.leftOut());
        assertEquals("57 more faults from scanner 'late gate' not logged since 08:41 (the scan log keeps at most 10 a "
                + "minute from one scanner)", next.leftOut().get().words(LONDON));
    }

    @Test
    @DisplayName("each scanner has its own limit: a noisy one does not silence another")
    void scannersApart() {
        for (int i = 0; i < 30; i++) {
            limit.admit("late gate", at(i));
        }
        assertTrue(limit.admit("reception", at(31)).logged());
        assertFalse(limit.admit("late gate", at(32)).logged());
    }

    @Test
    @DisplayName("a count is given once its minute is over, once only, even if no fault follows; a quiet scanner gives none")
    void countAfterTheMinute() {
        for (int i = 0; i < 12; i++) {
            limit.admit("late gate", at(i));
        }
        limit.admit("reception", at(1));
        assertEquals(List.of(), limit.endedBy(at(59.999)), "the minute is not over");
        assertEquals(List.of(new ScanFaultLimit.LeftOut("late gate", 2, at(10), at(11))), limit.endedBy(at(60)));
        assertEquals(List.of(), limit.endedBy(at(120)));
        assertEquals(new ScanFaultLimit.Admission(Optional.empty(), true), limit.admit("late gate", at(121)),
                "the count was given: the next fault does not bring it again");
    }

    @Test
    @DisplayName("a kiosk stopping gets every count not yet given, its minute over or not")
    void remainingWhenStopping() {
        for (int i = 0; i < 11; i++) {
            limit.admit("late gate", at(i));
        }
        assertEquals(List.of(new ScanFaultLimit.LeftOut("late gate", 1, at(10), at(10))), limit.remaining());
        assertEquals(List.of(), limit.remaining());
        assertEquals("1 more fault from scanner 'late gate' not logged since 08:41 (the scan log keeps at most 10 a "
                + "minute from one scanner)", new ScanFaultLimit.LeftOut("late gate", 1, at(10), at(10)).words(LONDON));
    }

    @Test
    @DisplayName("a scanner sending garbage ten times a second for an hour: every fault has a row or is in a count, and no minute has more than 11 rows")
    void anHourOfNoise() {
        int faults = 10 * 3600;
        List<Instant> rows = new ArrayList<>();
        long logged = 0;
        long counted = 0;
        for (int i = 0; i < faults; i++) {
            Instant at = at(i / 10.0);
            ScanFaultLimit.Admission admitted = limit.admit("late gate", at);
            List<ScanFaultLimit.LeftOut> counts = new ArrayList<>(limit.endedBy(at));
            admitted.leftOut().ifPresent(counts::add);
            for (ScanFaultLimit.LeftOut count : counts) {
                counted += count.count();
                rows.add(count.last());
            }
            if (admitted.logged()) {
                logged++;
                rows.add(at);
            }
        }
        for (ScanFaultLimit.LeftOut left : limit.remaining()) {
            counted += left.count();
            rows.add(left.last());
        }
        assertEquals(faults, logged + counted, "no fault lost");
        assertEquals(60 * ScanFaultLimit.PER_MINUTE, logged);
        for (Instant start : rows) {
            long inMinute = rows.stream()
                    .filter(r -> !r.isBefore(start) && r.isBefore(start.plus(Duration.ofMinutes(1)))).count();
            assertTrue(inMinute <= ScanFaultLimit.PER_MINUTE + 1, inMinute + " rows in the minute from " + start);
        }
        assertEquals(60 * (ScanFaultLimit.PER_MINUTE + 1), rows.size(), "ten rows and a count each minute");
    }
}
