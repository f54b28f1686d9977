package lategate.domain.register;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import lategate.domain.calendar.DayStatus;

/**
 * Everything the arrival rules may look at for one arrival, gathered once so that every rule
 * and every explanation reads the same facts.
 *
 * @param policyTitle how the school's policy is cited, e.g. "Attendance Policy"
 */
public record ArrivalFacts(ZonedDateTime arrivedAt, DayStatus day, RegisterTimetable timetable,
                           Optional<PupilCutOff> cutOff, String policyTitle) {

    public LocalDate date() {
        return arrivedAt.toLocalDate();
    }

    public LocalTime time() {
        return arrivedAt.toLocalTime();
    }

    /** The register this arrival is marked against. */
    public RegisterWindow window() {
        return timetable.windowFor(time());
    }

    /** The close that applies to this pupil: their own cut-off if they have one (later, or earlier where allowed). */
    public LocalTime closes() {
        return ownCutOffApplies() ? cutOff.get().closes() : window().closes();
    }

    /** Whether the pupil's own cut-off, not the school's close, decides between L and U. */
    public boolean ownCutOffApplies() {
        // Recorded only as PupilCutOffRule allows: later, or earlier where the school's settings say so.
        return cutOff.isPresent() && !cutOff.get().closes().equals(window().closes());
    }

    /** The first instant of the day that is U: the applicable close plus the grace. */
    public LocalTime unauthorisedFrom() {
        return closes().plus(timetable.graceAfterClose());
    }

    public Duration grace() {
        return timetable.graceAfterClose();
    }

    /** Whole minutes since the register was taken, in real elapsed time (safe across clock changes). */
    public long minutesLate() {
        ZonedDateTime taken = arrivedAt.with(window().taken());
        return Math.max(0, Duration.between(taken, arrivedAt).toMinutes());
    }

    public String citation() {
        return (policyTitle + " " + window().source()).trim();
    }
}
