package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import lategate.TestSchools;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Persistent late arrival after the register has closed (Seagrave §17, Oak Meadow §11), on the
 * demo calendar: autumn term from Thursday 3 September (week 1); half term 26-30 October is not a
 * school week; the spring term starts on Monday 4 January 2027.
 */
class PersistentLateArrivalTest {

    private final SchoolCalendar calendar = TestSchools.load("demo").calendar();

    private static LateEntry u(String pupil, String date) {
        return new LateEntry(pupil, LocalDate.parse(date), Register.AM, AttendanceCode.U, 25);
    }

    @Test
    @DisplayName("4 U in the autumn term reaches a 4-per-term threshold; 3 is approaching; an L is not counted")
    void perTerm() {
        PersistentLateArrival rule = new PersistentLateArrival(4, PersistentLateArrival.Span.TERM, OptionalInt.of(3));
        List<LateEntry> entries = List.of(u("A", "2026-09-10"), u("A", "2026-10-01"), u("A", "2026-11-05"),
                u("A", "2026-12-01"), u("B", "2026-09-10"), u("B", "2026-10-01"), u("B", "2026-11-05"),
                new LateEntry("B", LocalDate.parse("2026-12-01"), Register.AM, AttendanceCode.L, 5));
        List<ThresholdStanding> on = rule.on(LocalDate.of(2026, 12, 4), entries, calendar);
        assertEquals(2, on.size());
        assertEquals("A", on.get(0).pupilId());
        assertEquals(ThresholdStanding.Level.REACHED, on.get(0).level());
        assertEquals("persistent_late", on.get(0).threshold());
        assertEquals(1, on.get(0).firstWeek(), "the term's first school week");
        assertEquals(ThresholdStanding.Level.APPROACHING, on.get(1).level());
        assertEquals(3, on.get(1).count());
    }

    @Test
    @DisplayName("a new term starts the count again: autumn U marks do not count in January")
    void newTermStartsAgain() {
        PersistentLateArrival rule = new PersistentLateArrival(4, PersistentLateArrival.Span.TERM, OptionalInt.empty());
        List<LateEntry> entries = List.of(u("A", "2026-12-01"), u("A", "2026-12-02"), u("A", "2026-12-03"),
                u("A", "2027-01-05"));
        assertEquals(List.of(), rule.on(LocalDate.of(2027, 1, 8), entries, calendar));
        List<LateEntry> fourInAutumn = List.of(u("A", "2026-12-01"), u("A", "2026-12-02"), u("A", "2026-12-03"),
                u("A", "2026-12-04"));
        assertEquals(1, rule.on(LocalDate.of(2026, 12, 28), fourInAutumn, calendar).size(),
                "in the Christmas holiday the autumn term is the one just ended");
    }

    @Test
    @DisplayName("per block: block 3 is weeks 9-12 from 2 November; a U in block 2 does not count")
    void perBlock() {
        PersistentLateArrival rule = new PersistentLateArrival(2, PersistentLateArrival.Span.BLOCK, OptionalInt.empty());
        List<LateEntry> entries = List.of(u("A", "2026-10-23"), u("A", "2026-11-02"), u("B", "2026-11-02"),
                u("B", "2026-11-03"));
        List<ThresholdStanding> on = rule.on(LocalDate.of(2026, 11, 6), entries, calendar);
        assertEquals(1, on.size());
        assertEquals("B", on.get(0).pupilId());
        assertEquals(9, on.get(0).firstWeek());
        assertEquals(9, on.get(0).lastWeek(), "counted up to the week of the day asked about");
    }
}
