package lategate.domain.register;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one arrival: the mark, the register it is against, whole minutes late, and one
 * sentence that says why, built by the rule that decided it from the facts it used.
 *
 * @param rule the name of the rule that decided, e.g. "late before the register closes"
 */
public record Classification(Mark mark, Optional<Register> register, long minutesLate, ZonedDateTime arrivedAt,
                             String rule, String explanation, Optional<PupilCutOff> cutOffUsed) {

    public Classification {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(cutOffUsed, "cutOffUsed");
        if (mark == Mark.NONE && register.isPresent()) {
            throw new IllegalArgumentException("an arrival with no mark has no register");
        }
        if (mark != Mark.NONE && register.isEmpty()) {
            throw new IllegalArgumentException("a " + mark + " mark needs a register");
        }
        if (minutesLate < 0 || (!mark.isLate() && minutesLate != 0)) {
            throw new IllegalArgumentException("minutes late " + minutesLate + " does not fit mark " + mark);
        }
    }

    /** The school date the arrival belongs to. */
    public LocalDate schoolDate() {
        return arrivedAt.toLocalDate();
    }
}
