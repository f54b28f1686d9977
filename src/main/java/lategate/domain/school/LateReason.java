package lategate.domain.school;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;

/**
 * A reason a late pupil can give at the kiosk. One that would authorise the absence (an
 * unavoidable medical appointment makes it M: docs/domain.md, "Register windows") is only ever a claim until staff confirm
 * it: a pupil can never authorise their own absence.
 */
public record LateReason(String key, String label, Optional<AttendanceCode> authorises) {

    public LateReason {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(authorises, "authorises");
    }

    public boolean needsStaffConfirmation() {
        return authorises.isPresent();
    }
}
