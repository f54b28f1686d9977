package lategate.domain.staff;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an account is locked at a moment and until when; when it is not, how many wrong PINs
 * in a row it may still take before it locks.
 */
public record LockState(Optional<Instant> lockedUntil, int wrongPinsLeft) {

    public LockState {
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        if (wrongPinsLeft < 0) {
            throw new IllegalArgumentException("wrongPinsLeft must not be negative");
        }
    }

    public boolean locked() {
        return lockedUntil.isPresent();
    }
}
