package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.app.RecordedArrival;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;

/**
 * One pupil's school day as the office sees it on the pupil page: each register's entry, their
 * comings and goings, and whether staff may sign them in without a badge now.
 *
 * @param offSite      the sign-out they are out on now, if they are out
 * @param canSignInNow the register an arrival now would be marked against, when the pupil has no
 *                     mark for it yet and is on site
 */
public record PupilDay(Pupil pupil, LocalDate date, List<Entry> entries, List<Movement> movements,
                       Optional<Movement.SignedOut> offSite, Optional<Register> canSignInNow) {

    /**
     * One register's entry.
     *
     * @param arrival  the pupil's mark from lategate, if they signed in for this register
     * @param standing the entry as it stands: the latest amendment, or the arrival's own code
     * @param effect   the code the pupil's movements give this register (out when it is taken)
     * @param taken    when the register is taken that day
     */
    public record Entry(Register register, Optional<RecordedArrival> arrival, Optional<AttendanceCode> standing,
                        Optional<AttendanceCode> effect, Instant taken) {

        /** The standing code differs from the arrival's own mark: an amendment changed it. */
        public boolean amended() {
            return arrival.isPresent() && standing.isPresent()
                    && standing.get() != arrival.get().mark().code(register);
        }
    }
}
