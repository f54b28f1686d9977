package lategate.app.sync;

import java.time.Instant;
import java.util.Optional;

/** For the staff screen: summaries waiting for a target, and the last time one got through. */
public record SyncStatus(String target, int waiting, Optional<Instant> lastDelivered) {
}
