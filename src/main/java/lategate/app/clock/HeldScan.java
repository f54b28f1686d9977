package lategate.app.clock;

import java.time.Instant;

/**
 * A pupil's scan taken while the clock was in question: who, when the questioned clock said it
 * was ({@code heldAt}), at which kiosk, and the doubt it was held under.
 */
public record HeldScan(long id, String pupilId, String code, Instant heldAt, String kioskId, String recordedBy,
                       String doubt) {
}
