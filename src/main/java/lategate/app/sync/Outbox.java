package lategate.app.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's outbox of daily summaries, kept in its own database so summaries survive restarts
 * and weeks offline. Entries are never changed or removed; each target's deliveries are recorded
 * beside them, so one outbox can feed a folder and a hub independently.
 */
public interface Outbox {

    /**
     * The name this database's summaries carry as their kiosk. The first summary fixes it; asking
     * for another name later is refused, so one database never shows up on a hub as two kiosks.
     */
    String kioskId(Optional<String> requested);

    Optional<OutboxEntry> latest(LocalDate date);

    /** The latest version of the latest school day summarised, if any. */
    Optional<OutboxEntry> newest();

    /** The entry appended last, whatever its day: the summary this database made most recently. */
    Optional<OutboxEntry> lastMade();

    /** Appends one summary; refused if that version of that day is already in the outbox. */
    OutboxEntry append(DailySummary summary, String contentDigest, byte[] body, String sha256);

    Watermark watermark();

    void advance(Watermark mark);

    /** Entries not yet delivered to a target, by date then version: the order they must arrive in. */
    List<OutboxEntry> waitingFor(String target);

    void delivered(long entryId, String target, Instant at);

    /** What the staff screen shows: how many wait for the target, and when it last took one. */
    SyncStatus status(String target);

    /** Every entry, oldest first, for listing. */
    List<OutboxEntry> all();
}
