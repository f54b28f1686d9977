package lategate.app.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A summary as it sits in the kiosk's outbox: its key, the exact bytes that will be sent, and
 * their SHA-256, so every target can check that what arrived is what was made.
 */
public record OutboxEntry(long id, SummaryKey key, Instant madeAt, String contentDigest, String sha256,
                          byte[] body) {

    public OutboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(sha256, "sha256");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
