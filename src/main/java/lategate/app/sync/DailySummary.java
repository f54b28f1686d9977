package lategate.app.sync;

import java.time.Instant;
import java.util.Objects;

/** One version of one day's summary: immutable once made; a later version supersedes it. */
public record DailySummary(SummaryKey key, Instant madeAt, DayContent content) {

    public DailySummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(content, "content");
    }
}
