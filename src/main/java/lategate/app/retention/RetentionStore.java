package lategate.app.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where a school's records are kept, seen as what retention may remove from it. */
public interface RetentionStore {

    /**
     * Removes everything made before {@code cutOff} (a row's instant made before its start in
     * {@code zone}, and its school date, if it has one, before it; a register session whole, once all
     * of it was made before then) in one transaction, and records the purge in the purge log with the counts.
     * With {@code dryRun}, does the same work and rolls it back: the counts are exact, and nothing
     * changes. All or nothing: a failure leaves every row as it was.
     */
    PurgeCounts purge(PurgeOrder order, boolean dryRun);

    /**
     * One purge to carry out.
     *
     * @param cutOff the first school date kept
     * @param zone the school's time zone, for the logs that keep instants
     * @param years the retention it was worked out from
     * @param at when, for the purge log
     * @param by who, for the purge log (an administrator by name and position; never a pupil)
     */
    record PurgeOrder(LocalDate cutOff, ZoneId zone, int years, Instant at, String by) {
    }
}
