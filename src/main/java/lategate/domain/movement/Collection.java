package lategate.domain.movement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who took the pupil out: the school's policy has pupils collected from the office by a parent or
 * another authorised adult, and none leaves without parental confirmation (docs/domain.md,
 * "Safeguarding at sign-out"). Someone not on the pupil's list may collect only after a parent
 * confirmed it by phone, and the record says which parent and when.
 */
public record Collection(String collectorName, String relationship, boolean onTheList,
                         Optional<PhoneConfirmation> phoneConfirmation) {

    public Collection {
        Objects.requireNonNull(collectorName, "collectorName");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(phoneConfirmation, "phoneConfirmation");
        if (collectorName.isBlank()) {
            throw new IllegalArgumentException("who collected the pupil must be recorded");
        }
        if (!onTheList && phoneConfirmation.isEmpty()) {
            throw new IllegalArgumentException(collectorName + " is not on the pupil's list of adults who may "
                    + "collect: record which parent confirmed by phone, and when (no pupil leaves without parental "
                    + "confirmation)");
        }
    }

    /** A parent's confirmation by phone that someone not on the list may collect. */
    public record PhoneConfirmation(String parentName, Instant at) {
        public PhoneConfirmation {
            Objects.requireNonNull(parentName, "parentName");
            Objects.requireNonNull(at, "at");
            if (parentName.isBlank()) {
                throw new IllegalArgumentException("name the parent who confirmed by phone");
            }
        }
    }
}
