package lategate.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * School weeks count only weeks with a school day (DOMAIN: closed days "do not count in weeks,
 * blocks or rolling windows"); Oak Meadow Appendix 2 tracks lates in 4-weekly blocks of them.
 */
class SchoolWeeksTest {

    // An autumn term that starts on a Thursday after two INSET days, with a week's half term.
    private final SchoolCalendar calendar = new SchoolCalendar(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31),
            List.of(new Term("Autumn term", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18))),
            List.of(new Closure("Staff training", ClosureKind.INSET, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)),
                    new Closure("Autumn half term", ClosureKind.HOLIDAY, LocalDate.of(2026, 10, 26),
                            LocalDate.of(2026, 10, 30)),
                    new Closure("Polling day", ClosureKind.CLOSURE, LocalDate.of(2026, 11, 5),
                            LocalDate.of(2026, 11, 5))));

    @Test
    @DisplayName("week 1 holds the first school day, even when it is a Thursday")
    void weekOneHoldsTheFirstSchoolDay() {
        assertFalse(calendar.isSchoolDay(LocalDate.of(2026, 9, 2)));
        assertTrue(calendar.isSchoolDay(LocalDate.of(2026, 9, 3)));
        assertEquals(OptionalInt.of(1), calendar.schoolWeekOf(LocalDate.of(2026, 9, 3)));
        assertEquals(OptionalInt.of(1), calendar.schoolWeekOf(LocalDate.of(2026, 9, 1)),
                "an INSET day in week 1 belongs to week 1, though it is not a school day");
    }

    @Test
    @DisplayName("a half-term week has no number and the week after it carries on the count")
    void halfTermWeekIsNotCounted() {
        assertEquals(OptionalInt.of(8), calendar.schoolWeekOf(LocalDate.of(2026, 10, 23)));
        assertEquals(OptionalInt.empty(), calendar.schoolWeekOf(LocalDate.of(2026, 10, 28)));
        assertEquals(OptionalInt.of(9), calendar.schoolWeekOf(LocalDate.of(2026, 11, 2)));
    }

    @Test
    @DisplayName("a '#' closure day is closed but its week still counts")
    void closureDayIsNotASchoolDay() {
        DayStatus status = calendar.statusOf(LocalDate.of(2026, 11, 5));
        assertTrue(status instanceof DayStatus.Closed);
        assertEquals("school closure: Polling day", status.describe());
        assertEquals(OptionalInt.of(9), calendar.schoolWeekOf(LocalDate.of(2026, 11, 5)));
    }

    @Test
    @DisplayName("weekends, days between terms and days outside the year are not school days")
    void otherClosedDays() {
        assertTrue(calendar.statusOf(LocalDate.of(2026, 11, 7)) instanceof DayStatus.Weekend);
        assertTrue(calendar.statusOf(LocalDate.of(2026, 12, 21)) instanceof DayStatus.OutsideTerm);
        assertTrue(calendar.statusOf(LocalDate.of(2026, 8, 28)) instanceof DayStatus.OutsideAcademicYear);
        assertEquals(15, calendar.schoolWeekCount());
    }
}
