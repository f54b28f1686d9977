package lategate.app.clock;

import java.time.Instant;
import java.util.Optional;

/**
 * An arrival taken under a questioned clock, for the office to review: when the questioned clock
 * said it was, the instant it was classified at once staff settled the time (empty while it
 * still waits), what came of it, and who settled it.
 */
public record ClockReview(String pupilId, String pupilName, Instant heldAt, Optional<Instant> classifiedAt,
                          String outcome, Optional<String> settledBy) {

    public boolean waiting() {
        return classifiedAt.isEmpty();
    }
}
