package lategate.app.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of one day's summary: immutable once made; a later version supersedes it. The chain
 * is the register's as it stood when the summary was made, beside the content, not in it.
 */
public record DailySummary(SummaryKey key, Instant madeAt, DayContent content, SummaryChain chain) {

    public DailySummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(chain, "chain");
    }
}
