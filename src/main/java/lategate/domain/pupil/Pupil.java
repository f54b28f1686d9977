package lategate.domain.pupil;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil on the school's roster. A leaver keeps their history; their badge stops working.
 *
 * @param year the year group as the school writes it, e.g. "R", "5", "11"
 */
public record Pupil(String id, String givenName, String familyName, String year, String className, String badge,
                    Characteristics characteristics, Optional<LocalDate> leftOn) {

    public Pupil {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(characteristics, "characteristics");
        Objects.requireNonNull(leftOn, "leftOn");
    }

    public boolean onRoll() {
        return leftOn.isEmpty();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
