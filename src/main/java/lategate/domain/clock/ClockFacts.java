package lategate.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kiosk knows when it asks whether to trust its clock (docs/domain.md, "The kiosk's clock"): the
 * {@code now} the clock gives, the latest instant this database has recorded (its high-water
 * mark), the span of the academic years the school's calendar knows (from the first day of the earliest,
 * {@code yearStarts}, to the last day of the latest, {@code yearEnds}), and the kiosk's previous check with the running time
 * measured since (a monotonic count the adapter reads, never a wall clock: it cannot be set back).
 *
 * @param confirmedOn the school date on which staff last confirmed or set this clock, if they have
 *                    since it started: a date outside the academic year that staff have vouched for
 *                    (a summer school, a late INSET) is not questioned again that day
 */
public record ClockFacts(Instant now, ZoneId zone, LocalDate yearStarts, LocalDate yearEnds,
                         Optional<Instant> latestRecorded, Optional<PreviousCheck> previousCheck,
                         Optional<LocalDate> confirmedOn) {

    public ClockFacts {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(yearStarts, "yearStarts");
        Objects.requireNonNull(yearEnds, "yearEnds");
        Objects.requireNonNull(latestRecorded, "latestRecorded");
        Objects.requireNonNull(previousCheck, "previousCheck");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
    }

    /** The school date {@code now} falls on. */
    public LocalDate date() {
        return now.atZone(zone).toLocalDate();
    }

    /**
     * The kiosk's last check: what its clock said then, and how long it has been running since, by
     * a count that no clock setting changes.
     */
    public record PreviousCheck(Instant clockSaid, Duration runningSince) {

        public PreviousCheck {
            Objects.requireNonNull(clockSaid, "clockSaid");
            Objects.requireNonNull(runningSince, "runningSince");
        }
    }
}
