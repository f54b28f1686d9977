package lategate.domain.movement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;

/**
 * Permission for one pupil to leave the site at lunchtime, granted by the Head of School on a
 * parent's written request and renewed each term (the school's policy).
 */
public record LunchPass(long id, String pupilId, LocalDate from, Optional<LocalDate> to, String reason,
                        StaffIdentity grantedBy, Optional<StaffIdentity> endedBy) {

    public LunchPass {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(endedBy, "endedBy");
        if (to.isPresent() && to.get().isBefore(from.minusDays(1))) {
            throw new IllegalArgumentException("the pass ends " + to.get() + ", before it starts " + from);
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
    }
}
