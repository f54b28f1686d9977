package lategate.reports.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import lategate.app.lateness.GroupFigures;

/**
 * What an anonymised pack hides of its groups table, by {@link SmallNumbers}: a row whose group, or
 * the rest of the school outside it, has fewer than 10 pupils; then, since the year groups add up
 * to the pupils on roll (and their late pupils and late marks to the block's totals in the
 * summary), a further year group where only one was withheld. Of the rows shown, a count of late
 * pupils or late marks of 1 or 2 is hidden, with a second one in the year groups where only one
 * was; and the rates per 100, which times the group's size give its late marks back, are withheld
 * where the group's or the rest's late marks are hidden or small.
 *
 * @param rows indexes of rows withheld whole
 * @param latePupils indexes of shown rows whose late pupils are hidden
 * @param lateMarks indexes of shown rows whose late marks are hidden
 * @param rates indexes of shown rows whose rates per 100 are withheld
 * @param complements how many rows or counts were hidden only so a hidden one cannot be worked out
 */
record GroupSuppression(Set<Integer> rows, Set<Integer> latePupils, Set<Integer> lateMarks, Set<Integer> rates,
                        int complements) {

    static GroupSuppression of(List<GroupFigures> groups, boolean anonymised) {
        if (!anonymised) {
            return new GroupSuppression(Set.of(), Set.of(), Set.of(), Set.of(), 0);
        }
        Set<Integer> rows = new TreeSet<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupFigures g = groups.get(i);
            if (!SmallNumbers.groupShown(g.pupils()) || !SmallNumbers.groupShown(g.restPupils())) {
                rows.add(i);
            }
        }
        int primary = rows.size();
        rows = complementInYears(groups, rows, GroupFigures::pupils);
        int complements = rows.size() - primary;
        Set<Integer> latePupils = smallCounts(groups, rows, GroupFigures::latePupils);
        Set<Integer> lateMarks = smallCounts(groups, rows, GroupFigures::lateMarks);
        int countsBefore = latePupils.size() + lateMarks.size();
        latePupils = complementInYears(groups, union(rows, latePupils), GroupFigures::latePupils);
        latePupils.removeAll(rows);
        lateMarks = complementInYears(groups, union(rows, lateMarks), GroupFigures::lateMarks);
        lateMarks.removeAll(rows);
        complements += latePupils.size() + lateMarks.size() - countsBefore;
        Set<Integer> rates = new TreeSet<>(lateMarks);
        for (int i = 0; i < groups.size(); i++) {
            if (!rows.contains(i) && SmallNumbers.small(groups.get(i).restLateMarks())) {
                rates.add(i);
            }
        }
        return new GroupSuppression(rows, latePupils, lateMarks, rates, complements);
    }

    private static Set<Integer> smallCounts(List<GroupFigures> groups, Set<Integer> rows, ToLongFunction<GroupFigures> f) {
        Set<Integer> hidden = new TreeSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!rows.contains(i) && SmallNumbers.small(f.applyAsLong(groups.get(i)))) {
                hidden.add(i);
            }
        }
        return hidden;
    }

    /** Secondary suppression among the year groups, which together are every pupil on roll. */
    private static Set<Integer> complementInYears(List<GroupFigures> groups, Set<Integer> hidden,
                                                  ToLongFunction<GroupFigures> size) {
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).group().startsWith("Year ")) {
                years.add(i);
            }
        }
        List<Long> sizes = new ArrayList<>();
        Set<Integer> hiddenYears = new TreeSet<>();
        for (int k = 0; k < years.size(); k++) {
            sizes.add(size.applyAsLong(groups.get(years.get(k))));
            if (hidden.contains(years.get(k))) {
                hiddenYears.add(k);
            }
        }
        Set<Integer> all = new TreeSet<>(hidden);
        SmallNumbers.withComplement(sizes, hiddenYears).forEach(k -> all.add(years.get(k)));
        return all;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
