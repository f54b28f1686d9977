package lategate.tui;

import java.time.Duration;

/**
 * How long the kiosk shows things, from the school's settings: messages, the reason picker (and in a
 * burst, while pupils queue), the staff PIN screen (from the last key), and how many wrong PINs lock it
 * for how long.
 */
public record KioskTimings(Duration message, Duration reasonTimeout, Duration exitPinTimeout, int wrongPinsToLock,
                           Duration pinLockout, Duration reasonTimeoutInBurst) {

    /** Timings whose picker waits as long in a burst as at any time. */
    public KioskTimings(Duration message, Duration reasonTimeout, Duration exitPinTimeout, int wrongPinsToLock,
                        Duration pinLockout) {
        this(message, reasonTimeout, exitPinTimeout, wrongPinsToLock, pinLockout, reasonTimeout);
    }

    /** The usual PIN screen limits: 30 s from the last key; five wrong PINs lock it for 15 minutes. */
    public static KioskTimings of(Duration message, Duration reasonTimeout) {
        return new KioskTimings(message, reasonTimeout, Duration.ofSeconds(30), 5, Duration.ofMinutes(15));
    }
}
