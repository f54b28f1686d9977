package lategate.app.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import lategate.TestSchools;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a kiosk makes the day's summaries by itself (issue 7: "at the end of each school day, a setting"). */
class SummaryScheduleTest {

    private final School demo = TestSchools.load("demo"); // the day ends at 15:15
    private final SummarySchedule atDayEnd = SummarySchedule.of(demo, Optional.empty());

    private ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(demo.zone());
    }

    @Test
    @DisplayName("by default due at the end of the school day, not a minute before")
    void dueAtDayEnd() {
        assertFalse(atDayEnd.due(at("2026-11-23T15:14:59"), Optional.empty()));
        assertTrue(atDayEnd.due(at("2026-11-23T15:15:00"), Optional.empty()));
    }

    @Test
    @DisplayName("once a school day: made for today is not due again until tomorrow's time")
    void onceADay() {
        Optional<LocalDate> madeToday = Optional.of(LocalDate.of(2026, 11, 23));
        assertFalse(atDayEnd.due(at("2026-11-23T17:00:00"), madeToday));
        assertFalse(atDayEnd.due(at("2026-11-24T09:00:00"), madeToday));
        assertTrue(atDayEnd.due(at("2026-11-24T15:15:00"), madeToday));
    }

    @Test
    @DisplayName("a kiosk switched on after the set time makes them at once")
    void lateStart() {
        assertTrue(atDayEnd.due(at("2026-11-23T18:40:00"), Optional.of(LocalDate.of(2026, 11, 20))));
    }

    @Test
    @DisplayName("never on a closed day: a Saturday or the half-term holiday")
    void closedDays() {
        assertFalse(atDayEnd.due(at("2026-11-21T16:00:00"), Optional.empty()));
        assertFalse(atDayEnd.due(at("2026-10-28T16:00:00"), Optional.empty()));
    }

    @Test
    @DisplayName("the school's own time when it sets summary_at")
    void setTime() {
        SummarySchedule at1630 = SummarySchedule.of(demo, Optional.of(LocalTime.of(16, 30)));
        assertFalse(at1630.due(at("2026-11-23T16:29:00"), Optional.empty()));
        assertTrue(at1630.due(at("2026-11-23T16:30:00"), Optional.empty()));
    }
}
