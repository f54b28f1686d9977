package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The lateness one stage review judges: late marks dated {@code from} to {@code to}, reviewed on
 * {@code reviewOn} (the period's last school day). Decisions on it are recorded against
 * {@code block}, the block that day falls in, so the lead's decisions stay block by block.
 *
 * @param words how the sentences name it: "block 2", or "Autumn term, first half"
 */
public record StageReviewPeriod(Block block, LocalDate from, LocalDate to, LocalDate reviewOn, String words) {

    public StageReviewPeriod {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reviewOn, "reviewOn");
        Objects.requireNonNull(words, "words");
    }

    // Written out for the reason Block gives: the lead's table compares periods as it builds each row.
    @Override
    public boolean equals(Object o) {
        return o instanceof StageReviewPeriod other && other.block.equals(block) && other.from.equals(from)
                && other.to.equals(to) && other.reviewOn.equals(reviewOn) && other.words.equals(words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(block, from, to, reviewOn, words);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Reviewed once its last school day has come. */
    public boolean dueBy(LocalDate today) {
        return !today.isBefore(reviewOn);
    }
}
