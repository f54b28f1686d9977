package lategate.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The register as an append-only log. Implementations make each call durable before returning. */
public interface RegisterLog {

    /**
     * Appends an arrival. The first for a pupil, school date and register becomes the mark; any
     * later one is kept as a repeat of it. Decided atomically, so two kiosks cannot both mark.
     */
    Recording record(NewArrival arrival);

    /**
     * Appends the reason for an arrival, or that none was given (the pupil walked away, or the
     * next pupil scanned first); the latest entry is the one that stands.
     */
    void recordReason(long arrivalId, java.util.Optional<ReasonGiven> reason, Instant at, String recordedBy);

    /** Keeps a scan that matched no pupil on roll, for the office to see. */
    void recordUnrecognisedScan(String code, Instant scannedAt, String kioskId, String why);

    /** The late marks (L and U) of one school day, not repeats, in the order the pupils arrived. */
    List<LateBookEntry> lateBook(LocalDate schoolDate);
}
