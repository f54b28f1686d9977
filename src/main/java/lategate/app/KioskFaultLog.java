package lategate.app;

import java.time.Instant;
import java.time.LocalDate;

/** Where a kiosk notes the saves it could not make, for the office and the daily summary. */
public interface KioskFaultLog {

    void failedSave(Instant at, LocalDate schoolDay, String kioskId, String what);
}
