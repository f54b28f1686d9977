package lategate.app.movement;

import java.time.Instant;
import lategate.app.SignIn;
import lategate.domain.movement.Movement;

/**
 * The times every sign-out and return is checked against, at the office and on the lunch
 * register alike. A return before the pupil left would sort before the sign-out and leave the
 * pupil off site, and overdue, after they were back.
 */
final class MovementTimes {

    private MovementTimes() {
    }

    /** Refuses a time further ahead of this machine's clock than kiosks' clocks may differ. */
    static void notInTheFuture(Instant at, Instant now, String what) {
        if (at.isAfter(now.plus(SignIn.CLOCK_ALLOWANCE))) {
            throw new Movements.Refused("the " + what + " time is in the future: nothing was recorded");
        }
    }

    /** Refuses a return before the sign-out it ends. */
    static void notBeforeLeaving(Instant back, Movement.SignedOut out) {
        if (back.isBefore(out.at())) {
            throw new Movements.Refused("the return is before the pupil left");
        }
    }
}
