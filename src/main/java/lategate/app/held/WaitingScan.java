package lategate.app.held;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scan a kiosk took while its register's file was away (deleted or replaced under it), kept aside
 * to be recorded later at its own instant, through the same sign-in as any scan (docs/held-scans.md).
 *
 * @param code      what the scanner read, as it read it: the sign-in that records it reads the badge again
 * @param pupilId   whom the badge named when it was held, if the kiosk could tell: for people reading the file
 * @param scanner   the scanner's name, as the scan log keeps it
 * @param reasonKey one of the school's reason keys, when one was given with the scan
 */
public record WaitingScan(Instant at, String code, Optional<String> pupilId, String kioskId, Optional<String> scanner,
                          Optional<String> reasonKey) {

    public WaitingScan {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }
}
