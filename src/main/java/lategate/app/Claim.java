package lategate.app;

import java.util.Objects;
import lategate.domain.codes.AttendanceCode;

/**
 * A late arrival whose reason stands as claimed (it would authorise the absence, e.g. a medical
 * appointment, M) and that no member of staff has settled yet: {@code claims} is the code the
 * entry becomes if staff confirm it (Seagrave §8).
 */
public record Claim(LateBookEntry entry, AttendanceCode claims) {

    public Claim {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(claims, "claims");
    }
}
