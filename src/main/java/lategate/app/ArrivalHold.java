package lategate.app;

import java.time.Instant;
import lategate.domain.pupil.Pupil;

/**
 * Where a pupil's arrival waits while the kiosk's clock is in question (docs/domain.md, "The kiosk's clock"): the
 * scan is kept, never lost, but not marked L or U until staff confirm or correct the time.
 */
public interface ArrivalHold {

    /** Whether arrivals are being held now. */
    boolean holding();

    /** Keeps the arrival of {@code pupil}, timed {@code at} by the questioned clock, for staff to settle. */
    void hold(Pupil pupil, String code, Instant at, String kioskId, String recordedBy);
}
