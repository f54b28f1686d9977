package lategate.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import lategate.app.PinHash;

/**
 * Reads the optional {@code [kiosk]} table of a settings file: how long messages stay, the exit and
 * staff keys, and the hash of the staff exit PIN. Without the table or the PIN the file still loads,
 * with a warning: {@code lategate kiosk} will not start on it.
 */
final class KioskSettingsReading {

    private static final String NO_EXIT_PIN = "no staff exit PIN, so 'lategate kiosk' will not start on this file: "
            + "run 'lategate pin-hash' and put its line under [kiosk]";

    private KioskSettingsReading() {
    }

    static KioskSettings read(Section root) {
        Optional<Section> table = root.table("kiosk", false);
        if (table.isEmpty()) {
            root.warning("kiosk", NO_EXIT_PIN);
            return KioskSettings.DEFAULTS;
        }
        Section k = table.get();
        k.allowOnly(Set.of("message_seconds", "reason_timeout_seconds", "reason_timeout_seconds_in_burst", "exit_key",
                "exit_pin_hash", "staff_key"));
        KioskSettings d = KioskSettings.DEFAULTS;
        Duration message = seconds(k.integer("message_seconds", false, 1, 60), d.messageFor());
        Duration reasonTimeout = seconds(k.integer("reason_timeout_seconds", false, 10, 600), d.reasonTimeout());
        Duration inBurst = seconds(k.integer("reason_timeout_seconds_in_burst", false, 5, 600),
                KioskSettings.BURST_DEFAULT.compareTo(reasonTimeout) < 0 ? KioskSettings.BURST_DEFAULT : reasonTimeout);
        if (inBurst.compareTo(reasonTimeout) > 0) {
            k.problem("reason_timeout_seconds_in_burst", inBurst.toSeconds() + " s is longer than "
                    + "reason_timeout_seconds (" + reasonTimeout.toSeconds() + " s): in a burst the picker waits less, "
                    + "never more, e.g. reason_timeout_seconds_in_burst = 15");
            inBurst = reasonTimeout;
        }
        int exitKey = functionKey(k, "exit_key", "F12").orElse(d.exitFunctionKey());
        int staffKey = functionKey(k, "staff_key", "F2").orElse(d.staffFunctionKey());
        if (staffKey == exitKey && (k.has("staff_key") || k.has("exit_key"))) {
            k.problem(k.has("staff_key") ? "staff_key" : "exit_key", "F" + staffKey + " is both the exit key and "
                    + "the staff key: give each its own function key, e.g. staff_key = \"F2\", exit_key = \"F12\"");
        }
        Optional<String> hash = k.string("exit_pin_hash", false);
        Optional<PinHash> pin = Optional.empty();
        if (hash.isPresent()) {
            try {
                pin = Optional.of(PinHash.parse(hash.get()));
            } catch (IllegalArgumentException e) {
                k.problem("exit_pin_hash", "the value " + e.getMessage());
            }
        }
        if (!k.has("exit_pin_hash")) {
            k.warning("exit_pin_hash", NO_EXIT_PIN);
        }
        return new KioskSettings(message, reasonTimeout, exitKey, pin, staffKey, inBurst);
    }

    private static Duration seconds(Optional<Long> given, Duration otherwise) {
        return given.isPresent() ? Duration.ofSeconds(given.get()) : otherwise;
    }

    /** A function key setting, F1 to F12, as its number; a problem at its key if it is not one. */
    private static Optional<Integer> functionKey(Section k, String key, String example) {
        Optional<String> value = k.string(key, false);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (int n = 1; n <= 12; n++) {
            if (value.get().equals("F" + n)) {
                return Optional.of(n);
            }
        }
        k.problem(key, "'" + value.get() + "' is not a function key: use F1 to F12, e.g. \"" + example + "\"");
        return Optional.empty();
    }
}
