package lategate.app.held;

import java.time.Instant;

/** What the register already holds of a kiosk's scans, so that recording held scans twice records nothing new. */
public interface ScansOnRecord {

    /**
     * Whether the register holds anything the kiosk {@code kioskId} recorded for a scan at exactly
     * {@code at}: a mark, a repeat, a scan that made no mark, a return, or a scan held for a clock check.
     */
    boolean anyAt(Instant at, String kioskId);
}
