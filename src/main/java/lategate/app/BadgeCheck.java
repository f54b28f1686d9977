package lategate.app;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.badge.BadgeRefusal;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Pupil;

/** Whose badge a code is, or why it is nobody's: the kiosk and `badges check` read codes the same way. */
public sealed interface BadgeCheck {

    /** A code that proved itself, of a pupil on roll, and (a QR code) their latest badge. */
    record Holder(Pupil pupil, ScannedBadge.Proven badge) implements BadgeCheck {

        public Holder {
            Objects.requireNonNull(pupil, "pupil");
            Objects.requireNonNull(badge, "badge");
        }
    }

    /**
     * A code that signs nobody in.
     *
     * @param pupilId the pupil it names, when the code proved itself but is not their latest badge; the scan
     *                log keeps it, so the office can see whose old badge is going round
     */
    record Refused(BadgeRefusal refusal, Optional<String> pupilId) implements BadgeCheck {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(pupilId, "pupilId");
        }
    }
}
