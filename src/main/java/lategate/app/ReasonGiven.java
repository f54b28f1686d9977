package lategate.app;

import lategate.domain.register.ReasonStatus;
import java.util.Objects;
import lategate.domain.school.LateReason;

/** The reason a late pupil gave, and whether it stands or waits for staff to confirm it. */
public record ReasonGiven(LateReason reason, ReasonStatus status) {

    public ReasonGiven {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
    }

    /** A pupil's own choice: a reason that would authorise the absence is only ever a claim. */
    public static ReasonGiven byPupil(LateReason reason) {
        return new ReasonGiven(reason, reason.needsStaffConfirmation() ? ReasonStatus.CLAIMED : ReasonStatus.GIVEN);
    }
}
