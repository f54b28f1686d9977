package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lategate.TestSchools;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 4-weekly blocks of school weeks (Oak Meadow Appendix 2: "Tracking of lates 4-weekly.
 * Transition weeks 4, 8, 12 … 40"), on the demo calendar: week 1 holds Thursday 3 September,
 * the autumn half term (26-30 October) is not a school week, so block 3 is weeks 9-12, from
 * Monday 2 November. Expectations are worked out by hand.
 */
class FourWeeklyBlocksTest {

    private final LatenessBlocks blocks = new LatenessBlocks(TestSchools.load("demo").calendar());

    private static LateEntry entry(String pupil, String date, AttendanceCode code, long minutes) {
        return new LateEntry(pupil, LocalDate.parse(date), Register.AM, code, minutes);
    }

    @Test
    @DisplayName("half term does not fill a block: block 2 ends on 23 October and block 3 starts on 2 November")
    void blocksSkipHalfTerm() {
        assertEquals(Optional.of(new Block(2)), blocks.blockOf(LocalDate.of(2026, 10, 23)));
        assertEquals(Optional.empty(), blocks.blockOf(LocalDate.of(2026, 10, 28)));
        assertEquals(Optional.of(new Block(3)), blocks.blockOf(LocalDate.of(2026, 11, 2)));
        assertEquals(LocalDate.of(2026, 11, 2), blocks.datesOf(new Block(3)).orElseThrow().first());
        assertEquals(9, new Block(3).firstWeek());
        assertEquals(12, new Block(3).lastWeek());
    }

    @Test
    @DisplayName("per block: L and U counted, minutes summed, and the change in late marks from the block before")
    void talliesAndChange() {
        List<LateEntry> entries = List.of(
                entry("A", "2026-10-21", AttendanceCode.L, 10),
                entry("A", "2026-10-22", AttendanceCode.U, 30),
                entry("A", "2026-11-23", AttendanceCode.L, 5),
                entry("B", "2026-11-24", AttendanceCode.U, 40),
                entry("B", "2026-11-25", AttendanceCode.U, 35));
        List<BlockTally> block2 = blocks.tallies(new Block(2), entries);
        assertEquals(List.of(new BlockTally(new Block(2), "A", 1, 1, 40, OptionalInt.of(2))), block2);
        List<BlockTally> block3 = blocks.tallies(new Block(3), entries);
        assertEquals(List.of(new BlockTally(new Block(3), "A", 1, 0, 5, OptionalInt.of(-1)),
                new BlockTally(new Block(3), "B", 0, 2, 75, OptionalInt.of(2))), block3);
    }

    @Test
    @DisplayName("a U amended to M is no longer a late mark; an on-time entry never was")
    void onlyCurrentLateMarksCount() {
        List<BlockTally> tallies = blocks.tallies(new Block(3), List.of(
                entry("A", "2026-11-23", AttendanceCode.M, 25),
                entry("A", "2026-11-24", AttendanceCode.PRESENT_AM, 0),
                entry("A", "2026-11-25", AttendanceCode.L, 3)));
        assertEquals(1, tallies.size());
        assertEquals(1, tallies.get(0).lateMarks());
        assertEquals(3, tallies.get(0).minutesLate());
    }

    @Test
    @DisplayName("block 1 has no change: there is no block before it")
    void blockOneHasNoChange() {
        List<BlockTally> tallies = blocks.tallies(new Block(1), List.of(entry("A", "2026-09-03", AttendanceCode.L, 2)));
        assertTrue(tallies.get(0).change().isEmpty());
    }
}
