package lategate.domain.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;

/**
 * A change to a register entry. It never replaces the entry: it is kept beside it with the
 * original entry, the amended entry, the reason, the date and the name and position of the
 * person who made it (the 2024 regulations).
 *
 * @param original the entry as it stood before this amendment
 * @param lateReason the late reason staff set with it (a late bus), if any
 * @param batch the late-bus batch this amendment was made in, if any
 */
public record Amendment(String pupilId, LocalDate schoolDate, Register register, AttendanceCode original,
                        AttendanceCode amended, Optional<String> lateReason, String reason, Optional<String> evidence,
                        Instant at, StaffIdentity by, Optional<Long> batch) {

    public Amendment {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(schoolDate, "schoolDate");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(amended, "amended");
        Objects.requireNonNull(lateReason, "lateReason");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(batch, "batch");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an amendment needs a reason");
        }
    }
}
