package lategate.domain.register;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One pupil's own close for one register, for a period: a school's policy may amend the cut-off
 * point for one pupil (docs/domain.md, "Register windows"), later, or earlier where its settings
 * allow ({@link PupilCutOffRule}).
 * Minutes late still count from when the register is taken; only the L/U boundary moves.
 */
public record PupilCutOff(String pupilId, Register register, LocalTime closes, LocalDate from,
                          Optional<LocalDate> to, String reason) {

    public PupilCutOff {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a pupil's cut-off needs a reason");
        }
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException("the cut-off ends " + to.get() + " before it starts " + from);
        }
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
    }
}
