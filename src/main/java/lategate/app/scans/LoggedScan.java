package lategate.app.scans;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;

/**
 * One scan of a day as the database holds it: an arrival the register took (a mark, or a repeat
 * of one), or a scan kept in the scan log that marked nothing (a badge refused, a scanner's
 * misread, a closed day), with why.
 *
 * @param at       when the scan was taken
 * @param kioskId  the kiosk (or command) that took it
 * @param scanner  the scanner that read it, where the scan log knows
 * @param code     the code as read, for a scan the scan log kept (the register keeps no code for an arrival)
 * @param pupilId  the pupil, where one was found
 * @param outcome  what the scan did
 * @param register and {@code mark}: the register and the mark an arrival made
 * @param how      for an arrival, who recorded it (a pupil's scan, a member of staff)
 * @param why      for a refused scan, why it marked nothing, as the scan log keeps it
 */
public record LoggedScan(Instant at, String kioskId, Optional<String> scanner, Optional<String> code,
                         Optional<String> pupilId, Outcome outcome, Optional<Register> register, Optional<Mark> mark,
                         Optional<String> how, Optional<String> why) {

    /** What a scan did. */
    public enum Outcome {
        /** It made the pupil's mark for a register. */
        MARKED("marked"),
        /** The pupil was already marked for that register: kept as a repeat, never a second mark. */
        REPEAT("repeat"),
        /** It marked nothing and is kept in the scan log with why. */
        REFUSED("refused");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        /** "refused": the word in the command line's output. */
        public String id() {
            return id;
        }
    }

    public LoggedScan {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(why, "why");
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }
}
