package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.domain.entry.SessionEntry;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;

/**
 * One pupil's school day as the office sees it on the pupil page: each register's entry, their
 * comings and goings, and whether staff may sign them in without a badge now.
 *
 * @param offSite      the sign-out they are out on now, if they are out
 * @param canSignInNow the register an arrival now would be marked against, when the pupil is on site
 *                     and nothing yet makes an entry for it (a sign-out in force when it was taken does)
 */
public record PupilDay(Pupil pupil, LocalDate date, List<Entry> entries, List<Movement> movements,
                       Optional<Movement.SignedOut> offSite, Optional<Register> canSignInNow) {

    /**
     * One register's entry.
     *
     * @param entry      the entry as it stands, if anything recorded makes one
     * @param ifStillOut the sign-out's code, when the pupil is out now and the register is still to be
     *                   taken: what it will record if they are not back by then
     * @param taken      when the register is taken that day
     */
    public record Entry(Register register, Optional<SessionEntry> entry, Optional<AttendanceCode> ifStillOut,
                        Instant taken) {
    }
}
