package lategate.app;

import java.time.LocalDate;
import java.util.List;
import lategate.domain.codes.StatisticalCategory;
import lategate.domain.lateness.LateEntry;

/**
 * The register read back for the attendance lead's reports: what a kiosk's database and the
 * trust's hub can both answer. Only reads; a kiosk's {@link RegisterLog} also records.
 */
public interface RegisterHistory {

    /**
     * Every entry between two school dates inclusive, as it stands now (docs/domain.md, "The entry as it
     * stands"): one made by a scan, a sign-out, a lunch pass or an amendment alike; repeats are not
     * entries.
     */
    List<LateEntry> entriesBetween(LocalDate from, LocalDate to);

    /**
     * The entries of {@link #entriesBetween} that stand as an unauthorised absence (U, or a late
     * arrival amended to O, G or N): all that the thresholds count. A store that can select them
     * itself (the hub, across a trust's schools) reads only these.
     */
    default List<LateEntry> unauthorisedBetween(LocalDate from, LocalDate to) {
        return entriesBetween(from, to).stream()
                .filter(e -> e.code().category() == StatisticalCategory.UNAUTHORISED_ABSENCE).toList();
    }

    /** One pupil's Late Book lines between two dates: entries that were late marks when made or are now. */
    List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to);

    /** Every Late Book line between two dates, in the order the entries were made. */
    List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to);
}
