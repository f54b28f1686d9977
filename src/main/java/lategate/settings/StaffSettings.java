package lategate.settings;

import java.time.Duration;
import java.util.Objects;
import lategate.domain.staff.LockoutRule;

/**
 * How staff accounts are guarded: how many wrong PINs in a row lock an account and for how
 * long, and how long staff mode may sit idle before the kiosk goes back to pupil sign-in.
 */
public record StaffSettings(int lockoutAfterWrongPins, Duration lockoutFor, Duration idleLock) {

    public static final StaffSettings DEFAULTS = new StaffSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(2));

    public StaffSettings {
        Objects.requireNonNull(lockoutFor, "lockoutFor");
        Objects.requireNonNull(idleLock, "idleLock");
    }

    /** The lockout rule these settings describe. */
    public LockoutRule lockoutRule() {
        return new LockoutRule(lockoutAfterWrongPins, lockoutFor);
    }
}
