package lategate.app.lateness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.Stage;
import lategate.domain.pupil.Pupil;

/**
 * A block's late marks per pupil, as the blocks report's CSV lists them: each pupil late in the
 * block, and each pupil late in the block before and not in this one (their change is what the lead
 * reviews, docs/attendance-lead.md), in order of pupil id. The same tallies and stages as the rows
 * of the block's {@link BlockReview}, without what only the review shows (the marks of every block
 * so far, the ladder's proposals, the thresholds), so they are counted over the two blocks compared
 * and not over the year.
 */
public record BlockLateMarks(BlockSpan span, List<Row> rows) {

    public BlockLateMarks {
        Objects.requireNonNull(span, "span");
        rows = List.copyOf(rows);
    }

    /** One pupil: their tally in the block (with the change from the block before) and their stage for it. */
    public record Row(Pupil pupil, BlockTally tally, Optional<Stage> stage) {
        public Row {
            Objects.requireNonNull(pupil, "pupil");
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(stage, "stage");
        }
    }
}
