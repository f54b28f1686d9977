package lategate.domain.lateness;

import java.util.Objects;

/**
 * What the stage rules look at for one pupil at a stage review: the stage they carried into it
 * (from the lead's decisions, never from proposals) and their late marks (L + U as they stand)
 * in the period reviewed and in the one before it: a block and the block before, or a half-term
 * and the half-term before ({@link StageReviews}). {@code block} is the block the review is
 * recorded against; {@code period} and {@code previousPeriod} name what was counted.
 */
public record StageFacts(String pupilId, Block block, Stage from, int lateMarks, int previousLateMarks,
                         String period, String previousPeriod) {

    /** A review of one block against the block before it. */
    public StageFacts(String pupilId, Block block, Stage from, int lateMarks, int previousLateMarks) {
        this(pupilId, block, from, lateMarks, previousLateMarks, "block " + block.number(),
                "block " + (block.number() - 1));
    }

    public StageFacts {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(from, "from");
        if (lateMarks < 0 || previousLateMarks < 0) {
            throw new IllegalArgumentException("late marks cannot be negative");
        }
    }

    public boolean improved() {
        return lateMarks < previousLateMarks;
    }

    public boolean worse() {
        return lateMarks > previousLateMarks;
    }
}
