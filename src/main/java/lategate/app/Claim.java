package lategate.app;

import java.util.Objects;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.ClaimStanding;

/**
 * A late entry whose reason stands as claimed (it would authorise the absence, e.g. a medical
 * appointment, M) and that no member of staff has decided yet (docs/domain.md,
 * "Register windows").
 */
public record Claim(LateBookEntry entry) {

    public Claim {
        Objects.requireNonNull(entry, "entry");
        if (entry.entry().claim().filter(ClaimStanding::open).isEmpty()) {
            throw new IllegalArgumentException("the entry of " + entry.entry().pupilId() + " has no open claim");
        }
    }

    /** The code the entry becomes if staff confirm the claim. */
    public AttendanceCode claims() {
        return entry.entry().claim().orElseThrow().claim().claims().orElseThrow();
    }
}
