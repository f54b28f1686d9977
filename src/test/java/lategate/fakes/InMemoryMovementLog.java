package lategate.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import lategate.app.MovementLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.Movement;

/** Sign-outs and returns in memory, in time order per school date as {@code SqliteMovements} gives them. */
public final class InMemoryMovementLog implements MovementLog {

    private record Entry(long id, LocalDate schoolDate, RecordedMovement recorded) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.recorded().movement().at())
            .thenComparingLong(Entry::id);

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void record(Movement movement, LocalDate schoolDate, StaffIdentity by, Instant recordedAt) {
        entries.add(new Entry(entries.size() + 1, schoolDate, new RecordedMovement(movement, by)));
    }

    @Override
    public synchronized List<Movement> of(String pupilId, LocalDate schoolDate) {
        return recordedOn(schoolDate).stream().map(RecordedMovement::movement)
                .filter(m -> m.pupilId().equals(pupilId)).toList();
    }

    @Override
    public synchronized List<Movement> on(LocalDate schoolDate) {
        return recordedOn(schoolDate).stream().map(RecordedMovement::movement).toList();
    }

    @Override
    public synchronized List<RecordedMovement> recordedOn(LocalDate schoolDate) {
        return entries.stream().filter(e -> e.schoolDate().equals(schoolDate)).sorted(ORDER)
                .map(Entry::recorded).toList();
    }

    @Override
    public synchronized SortedMap<LocalDate, List<RecordedMovement>> recordedBetween(LocalDate from, LocalDate to) {
        SortedMap<LocalDate, List<RecordedMovement>> found = new TreeMap<>();
        entries.stream().filter(e -> !e.schoolDate().isBefore(from) && !e.schoolDate().isAfter(to)).sorted(ORDER)
                .forEach(e -> found.computeIfAbsent(e.schoolDate(), d -> new ArrayList<>()).add(e.recorded()));
        return found;
    }
}
