package lategate.tui;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.scanner.KioskInput;

/**
 * The exit PIN screen's keys: digits typed (or arriving fast, like a scan), Enter tries them, and
 * too many wrong ones in a row lock the screen for the kiosk's lockout. The digits are held here,
 * never in the screen, and wiped once tried.
 */
final class ExitPinKeys {

    static final int MAX_PIN = 12;

    private final PinHash exitPin;
    private final KioskTimings timings;
    private final StringBuilder typed = new StringBuilder();
    private int wrongPins;
    private Instant lockedUntil = Instant.MIN;
    private boolean exitRequested;

    ExitPinKeys(PinHash exitPin, KioskTimings timings) {
        this.exitPin = exitPin;
        this.timings = timings;
    }

    /** Staff entered the exit PIN: the kiosk should stop. */
    boolean exitRequested() {
        return exitRequested;
    }

    /** Forgets the digits typed so far: the screen closed, or another opened. */
    void forget() {
        typed.setLength(0);
    }

    /** The screen, opened by the exit key. */
    KioskState.ExitPin open(Instant now) {
        forget();
        return screen(false, now);
    }

    /** Whether a scan on this screen is the PIN, typed fast and ended with Enter. */
    static boolean isPin(String code) {
        return code.chars().allMatch(Character::isDigit) && code.length() <= MAX_PIN;
    }

    KioskState typed(KioskState.ExitPin pin, char c, Instant now) {
        if (Character.isDigit(c) && typed.length() < MAX_PIN) {
            typed.append(c);
            return new KioskState.ExitPin(typed.length(), pin.wrongBefore(), pin.lockedUntil(),
                    now.plus(timings.exitPinTimeout()));
        }
        return pin;
    }

    KioskState special(KioskState.ExitPin pin, KioskInput.Key key, Instant now) {
        if (key == KioskInput.Key.ENTER) {
            return submit(pin, now);
        }
        if (key == KioskInput.Key.ESCAPE) {
            forget();
            return new KioskState.Idle();
        }
        if (key == KioskInput.Key.BACKSPACE && typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            return new KioskState.ExitPin(typed.length(), pin.wrongBefore(), pin.lockedUntil(),
                    now.plus(timings.exitPinTimeout()));
        }
        return pin;
    }

    /** Digits typed fast and ended with Enter arrive like a scan: on this screen they are the PIN. */
    KioskState scanned(KioskState.ExitPin pin, String digits, Instant now) {
        typed.append(digits, 0, Math.min(digits.length(), MAX_PIN - typed.length()));
        return submit(pin, now);
    }

    /** Tries the digits typed: the right PIN asks the kiosk to stop; a wrong one says so, or locks. */
    private KioskState submit(KioskState.ExitPin pin, Instant now) {
        char[] tried = typed.toString().toCharArray();
        typed.setLength(0);
        try {
            if (now.isBefore(lockedUntil)) {
                return screen(true, now);
            }
            if (tried.length > 0 && exitPin.matches(tried)) {
                wrongPins = 0;
                exitRequested = true;
                return pin;
            }
            if (++wrongPins >= timings.wrongPinsToLock()) {
                wrongPins = 0;
                lockedUntil = now.plus(timings.pinLockout());
            }
            return screen(true, now);
        } finally {
            Arrays.fill(tried, '\0');
        }
    }

    private KioskState.ExitPin screen(boolean wrongBefore, Instant now) {
        Optional<Instant> locked = now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
        return new KioskState.ExitPin(0, wrongBefore, locked, now.plus(timings.exitPinTimeout()));
    }
}
