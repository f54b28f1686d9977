package lategate.app.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lategate.app.LateBookEntry;
import lategate.app.RegisterHistory;
import lategate.domain.lateness.LateEntry;

/**
 * The register's entries between two dates, read and resolved once (by {@link RegisterEntries}, at
 * its clock's now) and then asked several questions: a block's review counts the blocks' late marks
 * and the thresholds' unauthorised sessions from the same entries instead of reading and resolving
 * the year twice. Only the entries as the reports count them are kept, in the register's order (by
 * date, pupil id, then morning before afternoon); a question outside the dates read, or for the Late
 * Book's lines, goes to the register itself.
 */
final class ResolvedEntries implements RegisterHistory {

    private final LocalDate from;
    private final LocalDate to;
    private final List<LateEntry> entries;
    private final RegisterHistory register;

    ResolvedEntries(LocalDate from, LocalDate to, List<LateEntry> entries, RegisterHistory register) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.entries = List.copyOf(entries);
        this.register = Objects.requireNonNull(register, "register");
    }

    @Override
    public List<LateEntry> entriesBetween(LocalDate first, LocalDate last) {
        if (first.isBefore(from) || last.isAfter(to)) {
            return register.entriesBetween(first, last);
        }
        if (last.isBefore(first)) {
            return List.of();
        }
        return entries.subList(firstOnOrAfter(first), firstOnOrAfter(last.plusDays(1)));
    }

    @Override
    public RegisterHistory resolvedBetween(LocalDate first, LocalDate last) {
        return first.isBefore(from) || last.isAfter(to) ? register.resolvedBetween(first, last) : this;
    }

    @Override
    public List<LateBookEntry> lateBookOf(String pupilId, LocalDate first, LocalDate last) {
        return register.lateBookOf(pupilId, first, last);
    }

    @Override
    public List<LateBookEntry> lateBookBetween(LocalDate first, LocalDate last) {
        return register.lateBookBetween(first, last);
    }

    /** The index of the first entry on or after {@code date}: the entries are in date order. */
    private int firstOnOrAfter(LocalDate date) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).date().isBefore(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
