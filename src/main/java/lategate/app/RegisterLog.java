package lategate.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The register as an append-only log. Implementations make each call durable before returning. */
public interface RegisterLog {

    /**
     * Appends an arrival. The first for a pupil, school date and register becomes the mark; a
     * later one is kept as a repeat of it; one earlier than the mark already held is not
     * appended (it would need an amendment). Decided atomically, so two kiosks cannot both mark.
     */
    Recording record(NewArrival arrival);

    /**
     * Appends the reason for an arrival, or that none was given (the pupil walked away, or the
     * next pupil scanned first); the latest entry is the one that stands.
     */
    void recordReason(long arrivalId, java.util.Optional<ReasonGiven> reason, Instant at, String recordedBy);

    /**
     * Keeps a scan that made no mark (no pupil on roll holds the badge, the school is closed,
     * the day is over), with the pupil if one was found, for the office to see.
     */
    void recordUnmarkedScan(String code, java.util.Optional<String> pupilId, Instant scannedAt, String kioskId,
                            String why);

    /** The late marks (L and U) of one school day, not repeats, in the order the pupils arrived. */
    List<LateBookEntry> lateBook(LocalDate schoolDate);
}
