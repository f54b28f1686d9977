package lategate.domain.entry;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything recorded for a session, in words, in the order that led to the entry as it stands.
 * Written when first read: a year's report resolves tens of thousands of entries and reads none of
 * their histories, a pupil's page reads one.
 */
public final class EntryHistory {

    private final Supplier<List<EntryStep>> writer;
    private volatile List<EntryStep> steps;

    EntryHistory(Supplier<List<EntryStep>> writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** A history already written, for an entry read back from elsewhere (a summary, the hub). */
    public static EntryHistory of(List<EntryStep> steps) {
        List<EntryStep> copy = List.copyOf(steps);
        return new EntryHistory(() -> copy);
    }

    public List<EntryStep> steps() {
        List<EntryStep> written = steps;
        if (written == null) {
            written = List.copyOf(writer.get());
            steps = written;
        }
        return written;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryHistory h && steps().equals(h.steps());
    }

    @Override
    public int hashCode() {
        return steps().hashCode();
    }

    @Override
    public String toString() {
        return steps().toString();
    }
}
