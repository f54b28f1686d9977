package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Late marks per pupil over spans of days: a block (the 4-weekly tracking of lates in the schools'
 * policies) may be split by a half-term into two spans with one key, and a stage review period
 * overlaps the blocks. A store that counts itself (the hub) hands over its counts as arrays; they
 * must be the same counts as the domain's own.
 */
class LateMarksCountedPerSpanTest {

    private static final LocalDate MON = LocalDate.of(2026, 1, 5);

    private static LateEntry entry(String pupil, LocalDate day, AttendanceCode code, long minutes) {
        return new LateEntry(pupil, day, Register.AM, code, minutes);
    }

    private static final List<LateCounts.Span> SPANS = List.of(
            new LateCounts.Span(1, MON, MON.plusDays(4)),
            new LateCounts.Span(1, MON.plusDays(14), MON.plusDays(18)), // the same block after a holiday week
            new LateCounts.Span(2, MON.plusDays(21), MON.plusDays(25)),
            new LateCounts.Span(-1, MON.plusDays(3), MON.plusDays(22))); // a review period over both

    private static final List<LateEntry> ENTRIES = List.of(
            entry("P1", MON, AttendanceCode.L, 5),
            entry("P1", MON.plusDays(15), AttendanceCode.U, 40),
            entry("P1", MON.plusDays(22), AttendanceCode.L, 7),
            entry("P2", MON.plusDays(28), AttendanceCode.L, 3), // after every span
            entry("P3", MON.plusDays(1), AttendanceCode.M, 0), // not a late mark
            entry("P4", MON.plusDays(25), AttendanceCode.U, 35));

    @Test
    @DisplayName("an entry counts once in every span that covers it, a split block's two spans under one key")
    void countsPerSpan() {
        LateCounts counts = LateCounts.of(ENTRIES, SPANS);
        assertEquals(List.of("P1", "P4"), counts.pupils());
        assertEquals(new LateCounts.Tally(1, 1, 45), counts.of("P1", 1));
        assertEquals(new LateCounts.Tally(1, 0, 7), counts.of("P1", 2));
        assertEquals(new LateCounts.Tally(1, 1, 47), counts.of("P1", -1));
        assertEquals(LateCounts.Tally.NONE, counts.of("P4", 1));
        assertEquals(LateCounts.Tally.NONE, counts.of("P1", 7), "a key not counted is none");
        assertEquals(LateCounts.Tally.NONE, counts.of("P9", 1), "a pupil not counted is none");
        assertEquals(Map.of("P1", 1, "P4", 1), counts.lateMarks(2));
    }

    @Test
    @DisplayName("a store's counts as arrays, or as tallies, equal the domain's count of the same entries; a pupil "
            + "with nothing late is left out")
    void storeCountsEqualTheDomains() {
        LateCounts domain = LateCounts.of(ENTRIES, SPANS);
        int[] keys = {-1, 1, 2};
        LateCounts arrays = LateCounts.counted(keys, Map.of(
                "P1", new long[] {1, 1, 47, 1, 1, 45, 1, 0, 7},
                "P4", new long[] {0, 0, 0, 0, 0, 0, 0, 1, 35},
                "P5", new long[] {0, 0, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals(domain, arrays);
        assertEquals(domain.pupils(), arrays.pupils());
        LateCounts tallies = LateCounts.counted(Map.of(
                "P1", Map.of(1, new LateCounts.Tally(1, 1, 45), 2, new LateCounts.Tally(1, 0, 7),
                        -1, new LateCounts.Tally(1, 1, 47)),
                "P4", Map.of(2, new LateCounts.Tally(0, 1, 35))));
        assertEquals(domain, tallies);
        assertEquals(domain.hashCode(), arrays.hashCode());
    }

    @Test
    @DisplayName("a store's counts with the wrong number of figures for the keys are refused")
    void wrongLengthRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LateCounts.counted(new int[] {1, 2}, Map.of("P1", new long[] {1, 0, 5})));
    }
}
