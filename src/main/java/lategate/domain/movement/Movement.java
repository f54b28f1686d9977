package lategate.domain.movement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;

/** A pupil leaving the site during the day, or coming back. */
public sealed interface Movement {

    String pupilId();

    Instant at();

    /**
     * Signed out at the office.
     *
     * @param code what a register taken while the pupil is out records: M (medical or dental
     *             appointment), I (illness, sent home), C (other leave granted), as the school sets
     * @param evidenceSeen an appointment card or letter was seen (docs/domain.md, "Signing out and back in")
     * @param lunchPass out on a lunchtime pass (the school's policy), signed out on the lunch register
     */
    record SignedOut(String pupilId, Instant at, AttendanceCode code, String reason, Collection collection,
                     boolean evidenceSeen, Optional<Instant> expectedBack, boolean lunchPass) implements Movement {

        /** A sign-out during the day, not on a lunchtime pass. */
        public SignedOut(String pupilId, Instant at, AttendanceCode code, String reason, Collection collection,
                         boolean evidenceSeen, Optional<Instant> expectedBack) {
            this(pupilId, at, code, reason, collection, evidenceSeen, expectedBack, false);
        }

        public SignedOut {
            Objects.requireNonNull(pupilId, "pupilId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(expectedBack, "expectedBack");
            if (expectedBack.isPresent() && expectedBack.get().isBefore(at)) {
                throw new IllegalArgumentException("the expected return " + expectedBack.get()
                        + " is before the pupil left at " + at);
            }
        }

        public boolean overdueAt(Instant now) {
            return expectedBack.map(now::isAfter).orElse(false);
        }
    }

    /** Back on site, signed in by staff or by the pupil's own scan. */
    record SignedBackIn(String pupilId, Instant at) implements Movement {
        public SignedBackIn {
            Objects.requireNonNull(pupilId, "pupilId");
            Objects.requireNonNull(at, "at");
        }
    }
}
