package lategate.domain.lateness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every stage decision the lead has made, oldest first. A pupil's stage going into a block is the
 * one decided at the end of the latest earlier block; a later decision on the same block (a
 * correction) replaces the earlier one but both stay recorded.
 */
public final class StageHistory {

    private final Map<String, List<StageDecision>> byPupil = new HashMap<>();

    public StageHistory(List<StageDecision> decisions) {
        List<StageDecision> sorted = new ArrayList<>(decisions);
        sorted.sort(Comparator.comparing(StageDecision::at));
        for (StageDecision d : sorted) {
            byPupil.computeIfAbsent(d.pupilId(), k -> new ArrayList<>()).add(d);
        }
    }

    /** The stage a pupil carries into {@code block}. */
    public Stage before(String pupilId, Block block) {
        StageDecision latest = null;
        for (StageDecision d : byPupil.getOrDefault(pupilId, List.of())) {
            if (d.block().number() < block.number()
                    && (latest == null || d.block().number() >= latest.block().number())) {
                latest = d;
            }
        }
        return latest == null ? Stage.NONE : latest.decided();
    }

    /** The decision standing for a pupil's block, if the lead has made one. */
    public Optional<StageDecision> decisionOn(String pupilId, Block block) {
        StageDecision standing = null;
        for (StageDecision d : byPupil.getOrDefault(pupilId, List.of())) {
            if (d.block().equals(block)) {
                standing = d;
            }
        }
        return Optional.ofNullable(standing);
    }

    /** The pupil's stage after every decision so far. */
    public Stage current(String pupilId) {
        StageDecision latest = null;
        for (StageDecision d : byPupil.getOrDefault(pupilId, List.of())) {
            if (latest == null || d.block().number() >= latest.block().number()) {
                latest = d;
            }
        }
        return latest == null ? Stage.NONE : latest.decided();
    }

    /** Every decision about one pupil, oldest first. */
    public List<StageDecision> of(String pupilId) {
        return List.copyOf(byPupil.getOrDefault(pupilId, List.of()));
    }

    /** Pupils with any decision. */
    public Set<String> pupils() {
        return new TreeSet<>(byPupil.keySet());
    }

    /** Whether any decision was made on a block after {@code block}: decisions are made in order. */
    public boolean anyAfter(Block block) {
        return byPupil.values().stream().flatMap(List::stream).anyMatch(d -> d.block().number() > block.number());
    }
}
