package lategate.domain.lateness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Staged letters for lateness (the school's policy; docs/domain.md, "Lateness tracking and
 * thresholds"): a pupil enters stage 1 at the
 * school's number of late marks in the period reviewed; at each review no improvement or a decline
 * moves them up one stage (to 5 at most), and an improvement under the entry level moves them down
 * one, with a positive letter. A review is each block's end or each half-term's end, as the
 * school's {@code review} says ({@link StageReviews}). The ladder only proposes: the attendance
 * lead decides.
 */
public record StageLadder(int enterAtLateMarks, StageCadence review) {

    /** Proposals at every block's end: the default where a school's settings give no {@code review}. */
    public StageLadder(int enterAtLateMarks) {
        this(enterAtLateMarks, StageCadence.BLOCK);
    }

    private static final List<StageRule> RULES = List.of(new StageRule.EntersStageOne(),
            new StageRule.StaysOffTheLadder(), new StageRule.ImprovedBelowTheEntryLevel(),
            new StageRule.WorseButUnderTheEntryLevel(), new StageRule.ImprovingButStillOver(),
            new StageRule.NoImprovementOrDecline());

    public StageLadder {
        java.util.Objects.requireNonNull(review, "review");
        if (enterAtLateMarks < 1) {
            throw new IllegalArgumentException("the entry level must be at least 1 late mark, not "
                    + enterAtLateMarks);
        }
    }

    public static List<StageRule> rules() {
        return RULES;
    }

    /** The first rule that decides; the last rule always does. */
    public StageProposal propose(StageFacts facts) {
        for (StageRule rule : RULES) {
            var proposal = rule.decide(facts, enterAtLateMarks);
            if (proposal.isPresent()) {
                return proposal.get();
            }
        }
        throw new IllegalStateException("no stage rule decided " + facts);
    }

    /**
     * The proposals at the end of {@code block}: one for every pupil who reaches the entry level
     * or carries a stage into the block, from late marks as they stand in it and the block before.
     * Rises first, then falls, then pupils held, each by most late marks.
     */
    public List<StageProposal> proposals(Block block, Map<String, Integer> lateMarks,
                                         Map<String, Integer> previousLateMarks, StageHistory history) {
        return proposals(block, "block " + block.number(), "block " + (block.number() - 1), lateMarks,
                previousLateMarks, history);
    }

    /**
     * The proposals at a stage review recorded against {@code block}, naming the periods counted
     * ({@link StageReviews}): one step at most per pupil, as at a block's end.
     */
    public List<StageProposal> proposals(Block block, String period, String previousPeriod,
                                         Map<String, Integer> lateMarks, Map<String, Integer> previousLateMarks,
                                         StageHistory history) {
        TreeSet<String> pupils = new TreeSet<>(lateMarks.keySet());
        pupils.addAll(history.pupils());
        List<StageProposal> proposals = new ArrayList<>();
        for (String pupil : pupils) {
            Stage from = history.before(pupil, block);
            StageProposal p = propose(new StageFacts(pupil, block, from, lateMarks.getOrDefault(pupil, 0),
                    previousLateMarks.getOrDefault(pupil, 0), period, previousPeriod));
            if (from.onLadder() || p.to().onLadder()) {
                proposals.add(p);
            }
        }
        proposals.sort(BY_CONCERN);
        return proposals;
    }

    /** Rises, then falls, then the rest; within each the highest stage, then the most late marks, then by pupil. */
    public static final Comparator<StageProposal> BY_CONCERN = new Comparator<>() {
        // Written out rather than chained from Comparator's helpers: this class is loaded with every school's
        // settings, and each helper was a class spun up at run time on every start (docs/architecture.md, "Start-up").
        @Override
        public int compare(StageProposal a, StageProposal b) {
            int byKind = Integer.compare(kind(a), kind(b));
            if (byKind != 0) {
                return byKind;
            }
            int byStage = b.to().compareTo(a.to());
            if (byStage != 0) {
                return byStage;
            }
            int byMarks = Integer.compare(b.facts().lateMarks(), a.facts().lateMarks());
            if (byMarks != 0) {
                return byMarks;
            }
            return a.pupilId().compareTo(b.pupilId());
        }
    };

    private static int kind(StageProposal p) {
        return p.isRise() ? 0 : p.isFall() ? 1 : 2;
    }
}
