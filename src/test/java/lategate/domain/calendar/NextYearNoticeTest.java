package lategate.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When staff are told the next academic year has no calendar yet (docs/rollover.md). */
class NextYearNoticeTest {

    private static final SchoolCalendar YEAR_2026_27 = DraftYear.of(2026).calendar(); // 1 Sep 2026 to 31 Jul 2027

    @Test
    @DisplayName("four weeks before the year's last day, and after it, 'no 2027-28 calendar yet', with the command to run")
    void fourWeeksBefore() {
        assertEquals(Optional.empty(), NextYearNotice.on(YEAR_2026_27, LocalDate.of(2027, 7, 2), "school.toml"));
        String notice = NextYearNotice.on(YEAR_2026_27, LocalDate.of(2027, 7, 3), "school.toml").orElseThrow();
        assertTrue(notice.startsWith("no 2027-28 calendar yet: 2026-27 ends on 2027-07-31"), notice);
        assertTrue(notice.contains("'lategate year next --school school.toml'"), notice);
        String after = NextYearNotice.on(YEAR_2026_27, LocalDate.of(2027, 9, 6), "school.toml").orElseThrow();
        assertTrue(after.startsWith("no 2027-28 calendar yet: 2026-27 ended on 2027-07-31"), after);
    }

    @Test
    @DisplayName("with [calendar.next_year] given, nothing until the old year has ended; then a reminder to make it [calendar]")
    void nextYearGiven() {
        SchoolCalendar both = YEAR_2026_27.withNextYear(DraftYear.of(2027).calendar());
        assertEquals(Optional.empty(), NextYearNotice.on(both, LocalDate.of(2027, 7, 20), "school.toml"));
        String notice = NextYearNotice.on(both, LocalDate.of(2027, 9, 6), "school.toml").orElseThrow();
        assertTrue(notice.startsWith("2027-28 is still [calendar.next_year] though 2026-27 ended on 2027-07-31"),
                notice);
    }

    @Test
    @DisplayName("a calendar holding the next year marks its days: a school day on 6 September 2027, the summer "
            + "holiday between the years closed")
    void nextYearsDaysAreSchoolDays() {
        SchoolCalendar both = YEAR_2026_27.withNextYear(DraftYear.of(2027).calendar());
        assertTrue(both.isSchoolDay(LocalDate.of(2027, 9, 6)));
        assertTrue(both.statusOf(LocalDate.of(2027, 8, 16)) instanceof DayStatus.OutsideAcademicYear);
        assertTrue(YEAR_2026_27.statusOf(LocalDate.of(2027, 9, 6)) instanceof DayStatus.OutsideAcademicYear);
        assertEquals(YEAR_2026_27.schoolWeekCount(), both.schoolWeekCount(), "this year's weeks are its own");
    }
}
