package lategate.settings;

import java.time.Duration;
import java.util.Optional;
import lategate.app.PinHash;

/**
 * How a school's kiosk behaves: how long messages stay, how long a pupil has to pick a reason,
 * how staff leave it (a function key, then a PIN kept only as a hash), and the key that opens
 * staff mode (staff then sign in with their own username and PIN).
 *
 * @param exitFunctionKey  1 to 12, for F1 to F12
 * @param staffFunctionKey 1 to 12, for F1 to F12; never the exit key
 * @param reasonTimeoutInBurst how long the picker waits while pupils queue (a burst: the previous picker
 *                             was cut short by a scan; docs/receptionist.md, "A queue at the gate"); never
 *                             longer than {@code reasonTimeout}
 */
public record KioskSettings(Duration messageFor, Duration reasonTimeout, int exitFunctionKey,
                            Optional<PinHash> exitPin, int staffFunctionKey, Duration reasonTimeoutInBurst) {

    /** In a burst the next pupil is already waiting: 15 s is enough to press one number. */
    static final Duration BURST_DEFAULT = Duration.ofSeconds(15);

    public static final KioskSettings DEFAULTS = new KioskSettings(Duration.ofSeconds(5), Duration.ofSeconds(45), 12,
            Optional.empty(), 2, BURST_DEFAULT);

    /** Settings whose picker waits as long in a burst as at any time. */
    public KioskSettings(Duration messageFor, Duration reasonTimeout, int exitFunctionKey, Optional<PinHash> exitPin,
                         int staffFunctionKey) {
        this(messageFor, reasonTimeout, exitFunctionKey, exitPin, staffFunctionKey, reasonTimeout);
    }
}
