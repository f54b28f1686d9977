package lategate.domain.movement;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's lunchtime and the rules of its lunchtime passes, from the school's policy (for
 * example: pass holders leave within 10 minutes of the start of lunch and are back 5 minutes
 * before it ends).
 *
 * @param citation how messages cite the policy behind the passes, e.g. "Attendance Policy §10"
 *                 (the school's settings: [school] policy and [lunch] source)
 */
public record LunchTimes(LocalTime starts, LocalTime ends, Duration leaveWithin, Duration backBeforeEnd,
                         String citation) {

    /** How a message cites the passes when the school's settings name no section. */
    public static final String UNCITED = "the school's policy";

    public LunchTimes(LocalTime starts, LocalTime ends, Duration leaveWithin, Duration backBeforeEnd) {
        this(starts, ends, leaveWithin, backBeforeEnd, UNCITED);
    }

    public LunchTimes {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(leaveWithin, "leaveWithin");
        Objects.requireNonNull(backBeforeEnd, "backBeforeEnd");
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException("lunch ends at " + ends + ", not after it starts at " + starts);
        }
        if (leaveWithin.isNegative() || backBeforeEnd.isNegative()
                || !starts.plus(leaveWithin).isBefore(ends.minus(backBeforeEnd))) {
            throw new IllegalArgumentException("leaving within " + leaveWithin.toMinutes() + " minutes of "
                    + starts + " and returning " + backBeforeEnd.toMinutes() + " minutes before " + ends
                    + " leaves no time out");
        }
    }

    /** The last moment a pass holder may leave. */
    public LocalTime leaveBy() {
        return starts.plus(leaveWithin);
    }

    /** The time a pass holder must be back by. */
    public LocalTime backBy() {
        return ends.minus(backBeforeEnd);
    }

    /** Why a pass holder may not leave at this time, if they may not. */
    public Optional<String> problemLeavingAt(LocalTime time) {
        if (time.isBefore(starts)) {
            return Optional.of("lunch has not started: pass holders leave from " + starts + " (" + citation + ")");
        }
        if (time.isAfter(leaveBy())) {
            return Optional.of("pass holders leave within " + leaveWithin.toMinutes() + " minutes of the start of "
                    + "lunch, by " + leaveBy() + " (" + citation + ")");
        }
        return Optional.empty();
    }

    /** A return after the time they must be back by is flagged. */
    public boolean lateBack(LocalTime time) {
        return time.isAfter(backBy());
    }
}
