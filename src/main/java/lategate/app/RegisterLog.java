package lategate.app;

import lategate.domain.register.RecordedArrival;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The register as an append-only log. Implementations make each call durable before returning.
 * It records and reads back raw scans; what an entry stands as is {@code RegisterEntries}' answer.
 */
public interface RegisterLog {

    /**
     * Appends an arrival. The first recorded for a pupil, school date and register becomes the
     * mark; any other is kept as a repeat of it, even one timed earlier (two kiosks a moment
     * apart), since only an amendment may change a mark. Decided atomically, so two kiosks
     * cannot both mark.
     */
    Recording record(NewArrival arrival);

    /**
     * Appends the reason for an arrival, or that none was given (the pupil saw the picker and walked
     * away); the latest entry is the one that stands.
     */
    void recordReason(long arrivalId, java.util.Optional<ReasonGiven> reason, Instant at, String recordedBy);

    /**
     * Appends that the pupil was not asked for a reason: the next pupil's scan (or staff) cut the
     * picker short, so the office collects it later (docs/receptionist.md, "A queue at the gate").
     */
    void recordReasonNotAsked(long arrivalId, Instant at, String recordedBy);

    /**
     * Keeps a scan that made no mark (no pupil on roll holds the badge, the school is closed,
     * the day is over), with the pupil if one was found and the kiosk and scanner it came from, for
     * the office to see.
     */
    void recordUnmarkedScan(String code, java.util.Optional<String> pupilId, Instant scannedAt, ScanOrigin from,
                            String why);

    /**
     * Keeps a scanner's fault (garbage bytes, a run longer than any badge, part of a code) in the same
     * scan log: never a mark, and never counted as an unknown badge, for the office to see which
     * scanner misread and what it sent.
     *
     * @param raw    what the scanner sent, with bytes that are not printable escaped
     * @param source the scanner's name in the settings
     * @param why    the fault in words, naming the scanner
     */
    void recordScanFault(String raw, Instant at, String kioskId, String source, String why);

    /** A pupil's mark (first arrival) for a register on a school day, if there is one. */
    java.util.Optional<RecordedArrival> markOf(String pupilId, LocalDate schoolDate,
                                               lategate.domain.register.Register register);

    /** Marks (not repeats) made at one kiosk between two instants inclusive, in arrival order. */
    List<RecordedArrival> marksBetween(Instant from, Instant to, String kioskId);


    /** Every mark of one school day (on time, L and U; not repeats), in arrival order. */
    List<RecordedArrival> marksOn(LocalDate schoolDate);

}
