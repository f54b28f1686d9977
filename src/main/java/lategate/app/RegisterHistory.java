package lategate.app;

import java.time.LocalDate;
import java.util.List;
import lategate.domain.lateness.LateEntry;

/**
 * The register read back for the attendance lead's reports: what a kiosk's database and the
 * trust's hub can both answer. Only reads; a kiosk's {@link RegisterLog} also records.
 */
public interface RegisterHistory {

    /**
     * Every entry made from an arrival between two school dates inclusive, as it stands now:
     * the latest amendment's code, else the arrival's own mark; repeats are not entries.
     */
    List<LateEntry> entriesBetween(LocalDate from, LocalDate to);

    /** One pupil's arrivals marked late (as first recorded; amendments are separate), between two dates. */
    List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to);

    /** Every arrival marked late between two dates, in arrival order. */
    List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to);
}
