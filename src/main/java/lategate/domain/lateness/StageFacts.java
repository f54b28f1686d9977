package lategate.domain.lateness;

import java.util.Objects;

/**
 * What the stage rules look at for one pupil at the end of a block: the stage they carried into
 * it (from the lead's decisions, never from proposals) and their late marks (L + U as they stand)
 * in the block and in the one before it.
 */
public record StageFacts(String pupilId, Block block, Stage from, int lateMarks, int previousLateMarks) {

    public StageFacts {
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
