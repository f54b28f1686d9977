package lategate.domain.pupil;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil on the school's roster. A leaver keeps their history; their badge stops working.
 *
 * @param year the year group as the school writes it, e.g. "R", "5", "11"
 * @param dateOfBirth from the roster's optional date_of_birth column; without it the pupil is taken to
 *                    be of compulsory school age
 * @param badge2 from the roster's optional badge_2 column: a second code the pupil's cards carry (a card and
 *               a fob), read like {@code badge}
 */
public record Pupil(String id, String givenName, String familyName, String year, String className, String badge,
                    Characteristics characteristics, Optional<LocalDate> leftOn, Optional<LocalDate> dateOfBirth,
                    Optional<String> badge2) {

    /** A pupil with one badge code. */
    public Pupil(String id, String givenName, String familyName, String year, String className, String badge,
                 Characteristics characteristics, Optional<LocalDate> leftOn, Optional<LocalDate> dateOfBirth) {
        this(id, givenName, familyName, year, className, badge, characteristics, leftOn, dateOfBirth,
                Optional.empty());
    }

    /** A pupil whose date of birth the roster does not give. */
    public Pupil(String id, String givenName, String familyName, String year, String className, String badge,
                 Characteristics characteristics, Optional<LocalDate> leftOn) {
        this(id, givenName, familyName, year, className, badge, characteristics, leftOn, Optional.empty());
    }

    public Pupil {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(characteristics, "characteristics");
        Objects.requireNonNull(leftOn, "leftOn");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(badge2, "badge2");
    }

    /**
     * Whether the pupil is below compulsory school age on {@code on}: only with a date of birth on the
     * roster; without one, the pupil is taken to be of compulsory school age.
     */
    public boolean belowCompulsorySchoolAgeOn(LocalDate on) {
        return dateOfBirth.map(born -> CompulsorySchoolAge.isBelowOn(born, on)).orElse(false);
    }

    /** The codes the pupil's cards carry: their badge (and a second, e.g. a fob, with badge_2). */
    public java.util.List<String> badges() {
        return badge2.map(second -> java.util.List.of(badge, second)).orElse(java.util.List.of(badge));
    }

    public boolean onRoll() {
        return leftOn.isEmpty();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
