package lategate.app.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.SessionEvents;

/**
 * Everything recorded for pupils' sessions, read in bulk and grouped, for {@link RegisterEntries}
 * to resolve; and the one record it keeps itself, staff's decision on a claim.
 */
public interface SessionRecords {

    /**
     * Every session with anything recorded on the school dates from {@code from} to {@code to}
     * inclusive (a scan, a reason, a movement that day, a decision, an amendment), both registers
     * of each such pupil-day, by date, pupil id and register; only one pupil's when {@code pupilId}
     * is given.
     */
    List<SessionEvents> between(LocalDate from, LocalDate to, Optional<String> pupilId);

    /**
     * The sessions of {@link #between} (every pupil's) as {@link lategate.domain.entry.EntryResolution#lateEntry}
     * reads them, for the lateness reports: a store may leave out what does not decide a session's code or
     * minutes late (repeat scans, the words recorded with a scan, reasons of a session with no decision on a
     * claim), and the sessions with no first scan, no amendment and no movement that day, of which no entry
     * is made. Never for {@link lategate.domain.entry.EntryResolution#resolve}: its entry would lack those words.
     */
    default List<SessionEvents> forLateEntriesBetween(LocalDate from, LocalDate to) {
        return between(from, to, Optional.empty());
    }

    /** The sessions whose latest reason is a claim that no decision has decided yet, oldest first. */
    List<SessionEvents> withUndecidedClaims();

    /**
     * Records a decision, atomically: a claim already decided (by any kiosk or command) is refused.
     *
     * @throws AlreadyDecided when the claim has a decision
     */
    void decide(ClaimDecision decision);

    /** The claim was decided already: a later change is an amendment. Nothing was recorded. */
    final class AlreadyDecided extends RuntimeException {
        public AlreadyDecided(String message) {
            super(message);
        }
    }
}
