package lategate.app;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a scan came from: the kiosk (or command) that took it, and the scanner that read it when
 * one did, so the scan log can say which scanner sent a badge it refused.
 *
 * @param scanner the scanner's name in the settings, or the keyboard's ("keyboard" for a wedge scanner,
 *                "keyboard (typed)" for a code typed by hand); none from the command line
 */
public record ScanOrigin(String kioskId, Optional<String> scanner) {

    public ScanOrigin {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(scanner, "scanner");
    }

    /** A scan read by {@code scanner} at kiosk {@code kioskId}. */
    public static ScanOrigin scanner(String kioskId, String scanner) {
        return new ScanOrigin(kioskId, Optional.of(scanner));
    }

    /** A code given with no scanner: the command line's {@code --badge}, or a benchmark's. */
    public static ScanOrigin noScanner(String kioskId) {
        return new ScanOrigin(kioskId, Optional.empty());
    }
}
