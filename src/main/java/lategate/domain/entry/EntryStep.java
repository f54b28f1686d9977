package lategate.domain.entry;

import java.time.Instant;
import java.util.Objects;

/** One thing recorded for a session, in words, in the order that led to the entry as it stands. */
public record EntryStep(Instant at, String words) {

    public EntryStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(words, "words");
    }
}
