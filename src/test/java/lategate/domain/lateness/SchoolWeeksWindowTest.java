package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import lategate.TestSchools;
import lategate.domain.calendar.Closure;
import lategate.domain.calendar.ClosureKind;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.calendar.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "10 sessions of unauthorised absence in a rolling period of 10 school weeks" (Working together to improve
 * school attendance, August 2024): the period rolls across terms and school years. The demo's 2026-27, with a
 * 2025-26 whose summer term ends Wed 22 July 2026 and has a half term in the week of 25 May.
 */
class SchoolWeeksWindowTest {

    private final SchoolCalendar thisYear = TestSchools.load("demo").calendar();
    private final SchoolCalendar lastYear = new SchoolCalendar(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 31),
            List.of(new Term("Summer term", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22))),
            List.of(new Closure("Summer half term", ClosureKind.HOLIDAY, LocalDate.of(2026, 5, 25),
                    LocalDate.of(2026, 5, 29))));
    private final SchoolCalendar both = thisYear.withPreviousYear(lastYear);

    @Test
    @DisplayName("in week 2 the window is weeks 1-2 and the previous year's last 8 school weeks, not the summer holiday")
    void reachesOverTheSummer() {
        SchoolWeeksWindow w = SchoolWeeksWindow.ending(LocalDate.of(2026, 9, 9), 10, both);
        assertEquals(10, w.weeks().size());
        assertEquals(0, w.missing());
        assertTrue(w.reachesPreviousYear());
        // Summer term weeks w/c 13 Apr ... 20 Jul without w/c 25 May: 14 weeks; the last 8 start w/c 1 June.
        assertEquals(LocalDate.of(2026, 6, 1), w.starts());
        assertEquals("school weeks 7-14 of the year from 2025-09-01 and 1-2 of this year", w.words());
        assertTrue(w.covers(LocalDate.of(2026, 7, 20)));
        assertFalse(w.covers(LocalDate.of(2026, 5, 29)), "half term is before the window");
        assertFalse(w.covers(LocalDate.of(2026, 9, 10)), "after the day");
    }

    @Test
    @DisplayName("without the previous year's terms the window stops at the start of the year and says it is short")
    void shortWithoutThePreviousYear() {
        SchoolWeeksWindow w = SchoolWeeksWindow.ending(LocalDate.of(2026, 9, 9), 10, thisYear);
        assertEquals(2, w.weeks().size());
        assertEquals(8, w.missing());
        assertEquals(LocalDate.of(2026, 9, 1), w.starts());
        assertEquals("only 2 of 10 school weeks: nothing before 2026-09-01 is counted as the settings do not give "
                + "the terms of the year before it ([calendar.previous_year])", w.shortBy());
    }

    @Test
    @DisplayName("from week 10 on the previous year is not reached, and the window is whole")
    void laterInTheYearStaysInIt() {
        SchoolWeeksWindow w = SchoolWeeksWindow.ending(LocalDate.of(2026, 11, 27), 10, both);
        assertFalse(w.reachesPreviousYear());
        assertEquals("school weeks 3-12", w.words());
        assertEquals("", w.shortBy());
    }

    @Test
    @DisplayName("a U of last July counts in September: ten across the summer reach the threshold")
    void lastJulyCounts() {
        List<LateEntry> entries = new java.util.ArrayList<>();
        for (String day : List.of("2026-07-13", "2026-07-14", "2026-07-15", "2026-07-16", "2026-07-17",
                "2026-07-20", "2026-09-03", "2026-09-04", "2026-09-07", "2026-09-08")) {
            entries.add(new LateEntry("A", LocalDate.parse(day), lategate.domain.register.Register.AM,
                    lategate.domain.codes.AttendanceCode.U, 30));
        }
        ThresholdStanding a = PenaltyNoticeThreshold.NATIONAL.on(LocalDate.of(2026, 9, 9), entries, both).get(0);
        assertEquals(ThresholdStanding.Level.REACHED, a.level());
        assertEquals(10, a.count());
        assertEquals(7, a.firstWeek());
        assertEquals(2, a.lastWeek());
        assertTrue(PenaltyNoticeThreshold.NATIONAL.on(LocalDate.of(2026, 9, 9), entries, thisYear).isEmpty(),
                "without last year's terms only the 4 of September count: not listed");
    }
}
