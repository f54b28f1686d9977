package lategate.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lategate.app.NewArrival;
import lategate.app.ReasonGiven;
import lategate.app.Recording;
import lategate.app.RegisterLog;
import lategate.app.ScanOrigin;
import lategate.domain.register.Classification;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;

/**
 * The register's append-only log in memory, deciding as {@code SqliteRegisterLog} does: the first
 * arrival for a pupil, school date and register is the mark, any other a repeat of it. What was
 * appended can be read back whole ({@link #reasons()}, {@link #unmarkedScans()}) for a test to see.
 * {@code RegisterLogContractTest} holds it to the SQLite log.
 */
public final class InMemoryRegisterLog implements RegisterLog {

    /** A reason appended for an arrival; empty when none was given. */
    public record Reason(long arrivalId, Optional<ReasonGiven> reason, Instant at, String recordedBy) {
    }

    /** A scan that made no mark, or a scanner's fault. */
    public record UnmarkedScan(String code, Optional<String> pupilId, Instant at, String kioskId,
                               Optional<String> source, String why, boolean fault) {
    }

    private static final Comparator<RecordedArrival> ARRIVAL_ORDER =
            Comparator.comparing(RecordedArrival::arrivedAt).thenComparingLong(RecordedArrival::id);

    private final List<RecordedArrival> marks = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();
    /** The arrivals whose pupil was not asked for a reason (the picker cut short). */
    private final List<Long> notAsked = new ArrayList<>();
    private final List<UnmarkedScan> unmarked = new ArrayList<>();
    private long nextId = 1;
    private int repeats;

    @Override
    public synchronized Recording record(NewArrival arrival) {
        Classification c = arrival.classification();
        Register register = c.register().orElseThrow();
        Optional<RecordedArrival> first = markOf(arrival.pupil().id(), c.schoolDate(), register);
        long id = nextId++;
        if (first.isPresent()) {
            repeats++;
            return new Recording.Repeat(first.get(), id);
        }
        RecordedArrival mark = new RecordedArrival(id, arrival.pupil().id(), c.schoolDate(), register,
                c.arrivedAt().toInstant(), c.mark(), c.minutesLate(), arrival.kioskId(), arrival.consequence(),
                c.explanation(), arrival.recordedBy());
        marks.add(mark);
        arrival.reason().ifPresent(r -> reasons.add(new Reason(id, Optional.of(r), arrival.recordedAt(),
                arrival.recordedBy())));
        return new Recording.NewMark(mark);
    }

    @Override
    public synchronized void recordReason(long arrivalId, Optional<ReasonGiven> reason, Instant at, String recordedBy) {
        reasons.add(new Reason(arrivalId, reason, at, recordedBy));
    }

    @Override
    public synchronized void recordReasonNotAsked(long arrivalId, Instant at, String recordedBy) {
        notAsked.add(arrivalId);
        reasons.add(new Reason(arrivalId, Optional.empty(), at, recordedBy));
    }

    @Override
    public synchronized void recordUnmarkedScan(String code, Optional<String> pupilId, Instant scannedAt,
                                                ScanOrigin from, String why) {
        unmarked.add(new UnmarkedScan(code, pupilId, scannedAt, from.kioskId(), from.scanner(), why, false));
    }

    @Override
    public synchronized void recordScanFault(String raw, Instant at, String kioskId, String source, String why) {
        unmarked.add(new UnmarkedScan(raw, Optional.empty(), at, kioskId, Optional.of(source), why, true));
    }

    @Override
    public synchronized Optional<RecordedArrival> markOf(String pupilId, LocalDate schoolDate, Register register) {
        return marks.stream().filter(m -> m.pupilId().equals(pupilId) && m.schoolDate().equals(schoolDate)
                && m.register() == register).findFirst();
    }

    @Override
    public synchronized List<RecordedArrival> marksBetween(Instant from, Instant to, String kioskId) {
        return marks.stream().filter(m -> !m.arrivedAt().isBefore(from) && !m.arrivedAt().isAfter(to)
                && m.kioskId().equals(kioskId)).sorted(ARRIVAL_ORDER).toList();
    }

    @Override
    public synchronized List<RecordedArrival> marksOn(LocalDate schoolDate) {
        return marks.stream().filter(m -> m.schoolDate().equals(schoolDate)).sorted(ARRIVAL_ORDER).toList();
    }

    /** Every reason appended, oldest first; the latest for an arrival is the one that stands. */
    public synchronized List<Long> notAsked() {
        return List.copyOf(notAsked);
    }

    public synchronized List<Reason> reasons() {
        return List.copyOf(reasons);
    }

    /** Every scan that made no mark and every scanner fault, oldest first. */
    public synchronized List<UnmarkedScan> unmarkedScans() {
        return List.copyOf(unmarked);
    }

    /** How many arrivals were kept as repeats of a mark. */
    public synchronized int repeats() {
        return repeats;
    }
}
