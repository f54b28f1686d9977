package lategate.app.lateness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageProposal;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.pupil.Pupil;

/**
 * One pupil's line in a block's review: their tally, late marks in every block so far (for the
 * bar), the stage they carried in, the ladder's proposal and the lead's decision, and any
 * threshold they are at or near.
 */
public record BlockRow(Pupil pupil, BlockTally tally, List<Integer> lateMarksPerBlock, Optional<Stage> stageIn,
                       Optional<StageProposal> proposal, Optional<StageDecision> decision,
                       List<ThresholdStanding> thresholds) {

    public BlockRow {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(tally, "tally");
        lateMarksPerBlock = List.copyOf(lateMarksPerBlock);
        thresholds = List.copyOf(thresholds);
    }

    /** The stage as it stands for this block: decided if the lead has, else carried in; none without a ladder. */
    public Optional<Stage> stage() {
        return standing(decision, stageIn);
    }

    /** A pupil's stage as it stands for a block: the lead's decision on it if there is one, else the stage carried in. */
    static Optional<Stage> standing(Optional<StageDecision> decision, Optional<Stage> stageIn) {
        return decision.map(StageDecision::decided).or(() -> stageIn);
    }

    // Plain loops: the rows are sorted by these, some thousand comparisons a school, a trust's hundred
    // schools in one cold report.
    public boolean thresholdReached() {
        return any(ThresholdStanding.Level.REACHED);
    }

    public boolean thresholdApproaching() {
        return any(ThresholdStanding.Level.APPROACHING);
    }

    private boolean any(ThresholdStanding.Level level) {
        for (ThresholdStanding t : thresholds) {
            if (t.level() == level) {
                return true;
            }
        }
        return false;
    }

    /** Awaiting the lead: a proposed change not yet decided. */
    public boolean awaitingDecision() {
        return proposal.filter(StageProposal::isChange).isPresent() && decision.isEmpty();
    }
}
