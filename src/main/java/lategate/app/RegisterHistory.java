package lategate.app;

import java.time.LocalDate;
import java.util.List;
import lategate.domain.codes.StatisticalCategory;
import lategate.domain.lateness.LateCounts;
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

    /**
     * The entries of {@link #unauthorisedBetween} of the pupils with at least {@code atLeast} of them
     * between the two dates: a threshold lists nobody with fewer, so a store that can count them
     * itself (the hub, across a trust's schools) sends only these. The same entries, fewer pupils.
     */
    default List<LateEntry> unauthorisedOfPupilsWithAtLeast(LocalDate from, LocalDate to, int atLeast) {
        List<LateEntry> all = unauthorisedBetween(from, to);
        java.util.Map<String, Integer> perPupil = new java.util.HashMap<>();
        all.forEach(e -> perPupil.merge(e.pupilId(), 1, Integer::sum));
        return all.stream().filter(e -> perPupil.get(e.pupilId()) >= atLeast).toList();
    }

    /**
     * The late marks as they stand counted per pupil over {@code spans} ({@link LateCounts#of} over
     * {@link #entriesBetween}); the hub counts them in SQL instead, to the same figures
     * (docs/hub.md, "The trust's reports in SQL").
     */
    default LateCounts lateCounts(List<LateCounts.Span> spans) {
        if (spans.isEmpty()) {
            return LateCounts.of(List.of(), spans);
        }
        LocalDate from = spans.stream().map(LateCounts.Span::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = spans.stream().map(LateCounts.Span::to).max(LocalDate::compareTo).orElseThrow();
        return LateCounts.of(entriesBetween(from, to), spans);
    }

    /**
     * This history with the entries from {@code from} to {@code to} read and resolved once, for a
     * command that asks several questions of the same days (a block's review asks the blocks' late
     * marks and the thresholds' unauthorised sessions): each answer about those days then comes from
     * that one resolution. A store that answers each question itself in SQL (the hub) is its own
     * answer, as by default.
     */
    default RegisterHistory resolvedBetween(LocalDate from, LocalDate to) {
        return this;
    }

    /** One pupil's Late Book lines between two dates: entries that were late marks when made or are now. */
    List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to);

    /** Every Late Book line between two dates, in the order the entries were made. */
    List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to);
}
