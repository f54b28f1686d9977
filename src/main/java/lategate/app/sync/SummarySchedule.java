package lategate.app.sync;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.school.School;

/**
 * When a kiosk makes the day's summaries by itself: once each school day, at the school's set
 * time (`[sync] summary_at`), by default the end of the school day. A kiosk switched on after that
 * time makes them at once, so a late start never skips a day.
 */
public record SummarySchedule(School school, LocalTime at) {

    public SummarySchedule {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(at, "at");
    }

    public static SummarySchedule of(School school, Optional<LocalTime> summaryAt) {
        return new SummarySchedule(school, summaryAt.orElse(school.timetable().dayEnds()));
    }

    /** Whether summaries are due now, given the school day they were last made for. */
    public boolean due(ZonedDateTime now, Optional<LocalDate> lastMadeFor) {
        LocalDate today = now.toLocalDate();
        return school.calendar().isSchoolDay(today) && !now.toLocalTime().isBefore(at)
                && lastMadeFor.filter(today::equals).isEmpty();
    }
}
