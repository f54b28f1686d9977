package lategate.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Too many wrong PINs in a row lock an account for a while, so a PIN cannot be guessed at an
 * unattended kiosk. In one sentence: {@code wrongPinsToLock} wrong PINs in a row lock the
 * account for {@code lockFor} from the last of them; a right PIN starts the count again, and
 * so does the end of a lock.
 *
 * @param wrongPinsToLock how many wrong PINs in a row lock the account (the school's setting, default 5)
 * @param lockFor         how long the lock lasts (default 15 minutes)
 */
public record LockoutRule(int wrongPinsToLock, Duration lockFor) {

    public static final LockoutRule DEFAULT = new LockoutRule(5, Duration.ofMinutes(15));

    public LockoutRule {
        Objects.requireNonNull(lockFor, "lockFor");
        if (wrongPinsToLock < 1) {
            throw new IllegalArgumentException("an account locks after at least one wrong PIN");
        }
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a lock lasts some time");
        }
    }

    /**
     * The account's state at {@code now}, from its checked attempts since its PIN was last set,
     * oldest first. Attempts after {@code now} are not counted.
     */
    public LockState stateAt(List<SignInAttempt> attempts, Instant now) {
        int wrongInARow = 0;
        Instant lockedUntil = null;
        for (SignInAttempt attempt : attempts) {
            if (attempt.at().isAfter(now)) {
                break;
            }
            if (lockedUntil != null) {
                if (attempt.at().isBefore(lockedUntil)) {
                    continue; // not checked while locked; counted for nothing
                }
                lockedUntil = null;
            }
            if (attempt.rightPin()) {
                wrongInARow = 0;
                continue;
            }
            wrongInARow++;
            if (wrongInARow >= wrongPinsToLock) {
                lockedUntil = attempt.at().plus(lockFor);
                wrongInARow = 0;
            }
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new LockState(Optional.of(lockedUntil), 0);
        }
        return new LockState(Optional.empty(), wrongPinsToLock - wrongInARow);
    }
}
