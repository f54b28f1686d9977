package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lategate.TestSchools;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PSA §X, KTS §5.2: "10 sessions of unauthorised absence in a rolling period of 10 school
 * weeks". On the demo calendar, Friday 27 November is in school week 12; the ten school weeks
 * back to it are weeks 3 to 12, from Monday 14 September, because half term is not a school week.
 */
class PenaltyNoticeThresholdTest {

    private final SchoolCalendar calendar = TestSchools.load("demo").calendar();
    private final LocalDate friday = LocalDate.of(2026, 11, 27);

    private static LateEntry u(String pupil, String date, Register register) {
        return new LateEntry(pupil, LocalDate.parse(date), register, AttendanceCode.U, 20);
    }

    private static List<LateEntry> nineUInNovember(String pupil) {
        List<LateEntry> entries = new ArrayList<>();
        for (String date : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")) {
            entries.add(u(pupil, date, Register.AM));
        }
        for (String date : List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26")) {
            entries.add(u(pupil, date, Register.AM));
        }
        return entries;
    }

    @Test
    @DisplayName("a U in school week 3 counts on 27 November: half term is not one of the ten weeks")
    void holidayWeeksDoNotCount() {
        List<LateEntry> entries = new ArrayList<>(nineUInNovember("A"));
        entries.add(u("A", "2026-09-15", Register.AM)); // week 3: ten calendar weeks back would miss it
        List<ThresholdStanding> on = PenaltyNoticeThreshold.NATIONAL.on(friday, entries, calendar);
        assertEquals(1, on.size());
        assertEquals(ThresholdStanding.Level.REACHED, on.get(0).level());
        assertEquals(10, on.get(0).count());
        assertEquals(3, on.get(0).firstWeek());
        assertEquals(12, on.get(0).lastWeek());
    }

    @Test
    @DisplayName("a U in school week 2 has rolled out of the window: nine is approaching, not reached")
    void oldMarksRollOut() {
        List<LateEntry> entries = new ArrayList<>(nineUInNovember("A"));
        entries.add(u("A", "2026-09-10", Register.AM)); // week 2
        List<ThresholdStanding> on = PenaltyNoticeThreshold.NATIONAL.on(friday, entries, calendar);
        assertEquals(ThresholdStanding.Level.APPROACHING, on.get(0).level());
        assertEquals(9, on.get(0).count());
    }

    @Test
    @DisplayName("L marks and amended entries are not unauthorised sessions; fewer than eight U is not listed")
    void onlyUCounts() {
        List<LateEntry> entries = new ArrayList<>();
        for (int day = 16; day <= 20; day++) {
            entries.add(new LateEntry("B", LocalDate.of(2026, 11, day), Register.AM, AttendanceCode.L, 5));
            entries.add(new LateEntry("B", LocalDate.of(2026, 11, day), Register.PM, AttendanceCode.M, 5));
        }
        entries.add(u("B", "2026-11-23", Register.AM));
        assertTrue(PenaltyNoticeThreshold.NATIONAL.on(friday, entries, calendar).isEmpty());
    }

    @Test
    @DisplayName("a U amended to O is still an unauthorised session (PSA §X): nine U and one O reach the threshold")
    void uAmendedToOtherUnauthorisedStillCounts() {
        List<LateEntry> entries = nineUInNovember("C");
        entries.add(new LateEntry("C", LocalDate.of(2026, 11, 27), Register.AM, AttendanceCode.O, 30));
        List<ThresholdStanding> on = PenaltyNoticeThreshold.NATIONAL.on(friday, entries, calendar);
        assertEquals(ThresholdStanding.Level.REACHED, on.get(0).level());
        assertEquals(10, on.get(0).count());
    }

    @Test
    @DisplayName("on a holiday the window ends with the last school week before it")
    void onAHoliday() {
        List<ThresholdStanding> on = PenaltyNoticeThreshold.NATIONAL.on(LocalDate.of(2026, 10, 28),
                List.of(), calendar);
        assertTrue(on.isEmpty());
        List<LateEntry> eight = new ArrayList<>();
        for (int day = 12; day <= 23; day++) {
            LocalDate d = LocalDate.of(2026, 10, day);
            if (d.getDayOfWeek().getValue() <= 5 && eight.size() < 8) {
                eight.add(new LateEntry("C", d, Register.AM, AttendanceCode.U, 30));
            }
        }
        ThresholdStanding c = PenaltyNoticeThreshold.NATIONAL.on(LocalDate.of(2026, 10, 28), eight,
                calendar).get(0);
        assertEquals(8, c.lastWeek());
        assertEquals(ThresholdStanding.Level.APPROACHING, c.level());
    }

    @Test
    @DisplayName("the window starts on the Monday of its first school week: nothing before it can count")
    void windowStarts() {
        assertEquals(LocalDate.of(2026, 9, 14), PenaltyNoticeThreshold.NATIONAL.windowStarts(friday, calendar));
        assertEquals(calendar.yearStarts(), PenaltyNoticeThreshold.NATIONAL.windowStarts(LocalDate.of(2026, 10, 2),
                calendar), "in week 5 the ten weeks reach back past the start of the year");
        List<LateEntry> entries = new ArrayList<>(nineUInNovember("A"));
        entries.add(u("A", "2026-09-11", Register.PM)); // the last day of week 2
        entries.add(u("A", "2026-09-14", Register.AM)); // the first day of week 3
        List<LateEntry> fromWindow = entries.stream()
                .filter(e -> !e.date().isBefore(PenaltyNoticeThreshold.NATIONAL.windowStarts(friday, calendar)))
                .toList();
        assertEquals(PenaltyNoticeThreshold.NATIONAL.on(friday, entries, calendar),
                PenaltyNoticeThreshold.NATIONAL.on(friday, fromWindow, calendar));
        assertEquals(10, PenaltyNoticeThreshold.NATIONAL.on(friday, fromWindow, calendar).get(0).count());
    }
}
