package lategate.domain.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * What staff are told when the school's settings do not yet hold the next academic year, or still
 * hold it as the next one after it has begun (docs/rollover.md). The kiosk marks only on days its
 * calendar gives, so a year with no calendar is a year of closed days: the school is told from
 * {@link #AHEAD} before the year's last day, while there is time to confirm the dates.
 */
public final class NextYearNotice {

    /** How long before the academic year's last day the school is told the next year is missing. */
    public static final Period AHEAD = Period.ofWeeks(4);

    private NextYearNotice() {
    }

    /**
     * The notice on {@code today}, if any.
     *
     * @param settingsFile the settings file's name as staff would type it, for the command to run
     */
    public static Optional<String> on(SchoolCalendar calendar, LocalDate today, String settingsFile) {
        String thisYear = DraftYear.label(calendar.yearStarts().getYear());
        String nextYear = DraftYear.label(calendar.yearEnds().getYear());
        if (calendar.nextYear().isPresent()) {
            if (!today.isAfter(calendar.yearEnds())) {
                return Optional.empty();
            }
            return Optional.of(nextYear + " is still [calendar.next_year] though " + thisYear + " ended on "
                    + calendar.yearEnds() + ": the kiosk marks by it, but reports still count " + thisYear
                    + ". Make it [calendar], and " + thisYear + " [calendar.previous_year] (docs/rollover.md)");
        }
        if (today.isBefore(calendar.yearEnds().minus(AHEAD))) {
            return Optional.empty();
        }
        String ends = today.isAfter(calendar.yearEnds()) ? "ended on " : "ends on ";
        return Optional.of("no " + nextYear + " calendar yet: " + thisYear + " " + ends + calendar.yearEnds()
                + ", and after it the kiosk marks nothing (school closed). Draft " + nextYear + " with 'lategate "
                + "year next --school " + settingsFile + "', confirm its dates, and add it as [calendar.next_year] "
                + "(docs/rollover.md)");
    }
}
