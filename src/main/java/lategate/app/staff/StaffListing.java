package lategate.app.staff;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.staff.StaffMember;

/** An account as listed for an administrator: the member, and until when it is locked, if it is. */
public record StaffListing(StaffMember member, Optional<Instant> lockedUntil) {

    public StaffListing {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }
}
