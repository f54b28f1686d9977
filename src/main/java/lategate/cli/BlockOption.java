package lategate.cli;

import java.util.List;
import lategate.app.lateness.BlockSpan;
import lategate.domain.lateness.Block;
import picocli.CommandLine.Option;
import lategate.wiring.BadInputException;

/** --block N: a 4-weekly block of the school's year, with the default each command needs. */
final class BlockOption {

    @Option(names = "--block", paramLabel = "N", description = "The 4-weekly block (1 is school weeks 1-4); "
            + "default: see the command.")
    Integer number;

    /** The block given, or the one today is in (in a holiday, the one just ended). */
    /** The block given, or the one {@code today} is in (in a holiday, the one just ended). */
    Block orToday(lategate.app.lateness.LatenessReports reports, java.time.LocalDate today) {
        return given().orElseGet(() -> reports.blockOn(today));
    }

    /** The block given, or the latest one that has ended. */
    Block orLatestEnded(lategate.app.lateness.LatenessReview review, java.time.LocalDate today) {
        return given().orElseGet(() -> {
            List<BlockSpan> ended = review.blocksSoFar(today).stream()
                    .filter(s -> s.endedBy(today)).toList();
            if (ended.isEmpty()) {
                throw new BadInputException("no block has ended yet: give --block");
            }
            return ended.get(ended.size() - 1).block();
        });
    }

    /**
     * The block given, or the latest one whose stage review has come: the latest ended block where
     * stages are reviewed every block, the block of the latest half-term end where at half-term.
     */
    Block orLatestStageReview(lategate.app.lateness.LatenessReview review, java.time.LocalDate today) {
        if (given().isPresent() || review.stageReviews().isEmpty()) {
            return orLatestEnded(review, today);
        }
        var reviews = review.stageReviews().get();
        return reviews.latestDueBy(today).map(lategate.domain.lateness.StageReviewPeriod::block)
                .orElseThrow(() -> new BadInputException("no stage review has come yet (" + reviews.sentence()
                        + "; " + reviews.nextWords(today) + "): give --block"));
    }

    /** A block given by a required option. */
    static Block required(int number) {
        if (number < 1) {
            throw new BadInputException("--block must be 1 or more, not " + number);
        }
        return new Block(number);
    }

    private java.util.Optional<Block> given() {
        if (number == null) {
            return java.util.Optional.empty();
        }
        if (number < 1) {
            throw new BadInputException("--block must be 1 or more, not " + number);
        }
        return java.util.Optional.of(new Block(number));
    }
}
