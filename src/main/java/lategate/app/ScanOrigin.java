package lategate.app;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.SignInMethod;

/**
 * Where a scan came from: the kiosk (or command) that took it, and the scanner that read it when
 * one did, so the scan log can say which scanner sent a badge it refused.
 *
 * @param scanner the scanner's name in the settings, or the keyboard's ("keyboard" for a wedge scanner,
 *                "keyboard (typed)" for a code typed by hand); none from the command line
 */
public record ScanOrigin(String kioskId, Optional<String> scanner) {

    /** The keyboard's name for a code typed by hand at the kiosk, one key at a time (not a wedge scanner's burst). */
    public static final String TYPED = "keyboard (typed)";

    public ScanOrigin {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(scanner, "scanner");
    }

    /** A scan read by {@code scanner} at kiosk {@code kioskId}. */
    public static ScanOrigin scanner(String kioskId, String scanner) {
        return new ScanOrigin(kioskId, Optional.of(scanner));
    }

    /**
     * How a code from here was signed in: typed by hand at the kiosk, read by a scanner (a serial one, or
     * a keyboard-wedge scanner's burst), or given with no scanner at all (the office's command).
     */
    public SignInMethod method() {
        return scanner.map(s -> TYPED.equals(s) ? SignInMethod.TYPED : SignInMethod.SCAN).orElse(SignInMethod.OFFICE);
    }

    /** Who the kiosk records for a pupil's own code from here: the words name how it came. */
    public String pupilRecorder() {
        return method() == SignInMethod.TYPED ? SignInMethod.PUPIL_TYPED : SignInMethod.PUPIL_SCAN;
    }

    /** A code given with no scanner: the command line's {@code --badge}, or a benchmark's. */
    public static ScanOrigin noScanner(String kioskId) {
        return new ScanOrigin(kioskId, Optional.empty());
    }
}
