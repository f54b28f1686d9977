package lategate.domain.pupil;

import java.util.Objects;
import java.util.Optional;

/**
 * An adult the family lists for a pupil, with how they relate to the pupil. Being listed is not
 * enough to take the pupil out: only an adult who {@code mayCollect} may collect them from the
 * office (docs/domain.md, "Safeguarding at sign-out": collected from the school office by a parent or
 * another authorised adult), and such an adult always has a phone number, so the school can ring them.
 *
 * @param relationship as the family wrote it: "mother", "grandfather", "childminder"
 * @param phone as written, digits with spaces, + ( ) -; empty only for an adult who may not collect
 */
public record AuthorisedAdult(String pupilId, String name, String relationship, boolean mayCollect,
                              Optional<String> phone) {

    public AuthorisedAdult {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(phone, "phone");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an authorised adult has a name");
        }
        if (mayCollect && phone.filter(p -> !p.isBlank()).isEmpty()) {
            throw new IllegalArgumentException(name + " may collect " + pupilId + " but has no phone number");
        }
    }
}
