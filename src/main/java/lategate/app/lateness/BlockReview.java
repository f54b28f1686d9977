package lategate.app.lateness;

import java.util.List;
import java.util.Optional;
import lategate.domain.lateness.StageCadence;
import lategate.domain.lateness.StageReviewPeriod;
import lategate.domain.lateness.StageReviews;

/**
 * A block as the lead reviews it: every pupil with a late mark in it or a stage carried into it,
 * most concerning first (threshold reached, approaching, stage rising, biggest rise in late marks).
 * Proposals exist only where the school has a ladder and its stage review for the block has come
 * ({@link StageReviews}: the block's end, or the end of a half-term that ends in it).
 *
 * @param stageReview whether the ladder proposes for this block today, and why not; empty without a ladder
 * @param nextStageReview "next review: DATE, the end of ..." as of today; empty without a ladder
 */
public record BlockReview(BlockSpan span, boolean ended, boolean hasLadder, List<BlockRow> rows,
                          Optional<StageReviews.Verdict> stageReview, Optional<String> nextStageReview) {

    public BlockReview {
        rows = List.copyOf(rows);
    }

    /** The ladder's proposals are made for this block today. */
    public boolean stagesDue() {
        return stageReview.filter(v -> v instanceof StageReviews.Verdict.Due).isPresent();
    }

    /** The block's own end has not come, at a school whose ladder proposes at every block's end. */
    public boolean waitingForBlockEnd() {
        return stageReview.filter(v -> v instanceof StageReviews.Verdict.NotYet n
                && n.rule().cadence() == StageCadence.BLOCK).isPresent();
    }

    /** The review being proposed for, where it is a half-term's and not the block itself. */
    public Optional<StageReviewPeriod> halfTermReview() {
        return stageReview.filter(v -> v instanceof StageReviews.Verdict.Due).map(v -> ((StageReviews.Verdict.Due) v)
                .period()).filter(p -> !p.words().equals("block " + p.block().number()));
    }

    /** Why there are no proposals for this block today, for the lead; empty when there are, or no ladder. */
    public Optional<String> whyNoStages() {
        return stageReview.filter(v -> !(v instanceof StageReviews.Verdict.Due)).map(StageReviews.Verdict::sentence);
    }
}
