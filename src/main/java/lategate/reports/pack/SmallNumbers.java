package lategate.reports.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-number suppression for what leaves the office anonymised, as official statistics do
 * (statistical disclosure control: the Government Statistical Service's and ONS's guidance, and
 * the DfE's practice for school statistics, which shows counts of 1 or 2 as "low" or withheld): a
 * count of 1 or 2 is shown as "fewer than 3", a breakdown (a group of pupils, a year group, a
 * reason) of fewer than 10 pupils is withheld, and where a withheld part could be worked out as a
 * total minus the parts shown, a further part is withheld with it (secondary suppression). The
 * law behind it: UK GDPR Article 5(1)(c) (data minimisation) and 5(1)(f) (integrity and
 * confidentiality), and the ICO's anonymisation guidance on the risk of identifying a person from
 * small numbers (docs/data-protection.md, "The anonymised pack").
 */
public final class SmallNumbers {

    /** The smallest count shown as itself; 1 and 2 are "fewer than 3". */
    public static final int FEWEST_SHOWN = 3;
    /** The fewest pupils a breakdown may have and be shown. */
    public static final int SMALLEST_GROUP = 10;
    public static final String FEWER = "fewer than " + FEWEST_SHOWN;
    /** In a chart, where the words do not fit. */
    public static final String FEWER_SHORT = "<" + FEWEST_SHOWN;
    public static final String WITHHELD = "withheld";

    private SmallNumbers() {
    }

    /** A count of 1 or 2: hidden. Nought is shown: it identifies nobody. */
    public static boolean small(long count) {
        return count > 0 && count < FEWEST_SHOWN;
    }

    /** A count as shown: "0", "fewer than 3", "7". */
    public static String count(long count) {
        return small(count) ? FEWER : Long.toString(count);
    }

    /** A count as a chart shows it: "0", "<3", "7". */
    public static String countShort(long count) {
        return small(count) ? FEWER_SHORT : Long.toString(count);
    }

    /** Whether a breakdown of this many pupils may be shown. */
    public static boolean groupShown(long pupils) {
        return pupils >= SMALLEST_GROUP;
    }

    /**
     * Secondary suppression over the parts of one total that is shown elsewhere (year groups of the
     * pupils on roll, reasons of the late marks): given the parts' sizes and which are already
     * hidden, the parts to hide. While exactly one part is hidden, it equals the total minus the
     * rest, so the smallest part still shown that is not nought is hidden with it; then only the
     * hidden parts' sum can be worked out, and that sum is never a single part.
     */
    public static Set<Integer> withComplement(List<Long> sizes, Set<Integer> hidden) {
        Set<Integer> all = new TreeSet<>(hidden);
        if (all.size() == 1 && sizes.size() > 1) {
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < sizes.size(); i++) {
                if (!all.contains(i)) {
                    shown.add(i);
                }
            }
            // A part of nought hidden beside it would leave the hidden pair's sum equal to the one hidden.
            shown.stream().min(Comparator.comparing((Integer i) -> sizes.get(i) == 0).thenComparing(sizes::get))
                    .ifPresent(all::add);
        }
        return all;
    }
}
