package lategate.reports.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lategate.app.lateness.BlockRow;
import lategate.domain.pupil.Pupil;

/**
 * How a pack names a pupil. Named, for the head: the name and id. Anonymised, for governors:
 * "Pupil A", "Pupil B", … in the order of concern, then "Pupil AA" after "Pupil Z"; a label holds
 * only within one pack, so it cannot be matched to a pupil from another pack or block.
 */
final class PupilLabels {

    private final boolean anonymised;
    private final Map<String, String> labels = new HashMap<>();

    private PupilLabels(boolean anonymised, List<BlockRow> byConcern) {
        this.anonymised = anonymised;
        for (BlockRow row : byConcern) {
            labels.putIfAbsent(row.pupil().id(), "Pupil " + letters(labels.size()));
        }
    }

    static PupilLabels named(List<BlockRow> byConcern) {
        return new PupilLabels(false, byConcern);
    }

    static PupilLabels anonymised(List<BlockRow> byConcern) {
        return new PupilLabels(true, byConcern);
    }

    boolean anonymised() {
        return anonymised;
    }

    /** The pupil as the pack shows them: "Pupil C", or "Zoë O'Neill". */
    String of(Pupil pupil) {
        if (anonymised) {
            return labels.getOrDefault(pupil.id(), "Pupil ?");
        }
        String name = pupil.fullName().strip();
        return name.isEmpty() ? pupil.id() : name;
    }

    /** A: 0, Z: 25, AA: 26, AZ: 51, BA: 52, … (spreadsheet column letters). */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
