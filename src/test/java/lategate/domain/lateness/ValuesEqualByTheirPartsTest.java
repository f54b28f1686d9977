package lategate.domain.lateness;

import static lategate.EqualByParts.equalByEveryPart;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lateness values whose equals and hashCode are written out rather than generated
 * (docs/architecture.md, "Where a report's time goes, cold") still mean what a record's do:
 * equal exactly when every part is equal, and equal values hash alike. A report that counts the
 * wrong block, or merges two periods, would follow from a part left out.
 */
class ValuesEqualByTheirPartsTest {

    private static final LocalDate MON = LocalDate.of(2025, 11, 3);

    @Test
    @DisplayName("blocks are equal by their number")
    void blocks() {
        equalByEveryPart(() -> new Block(3), List.of(new Block(4), new Block(2)));
    }

    @Test
    @DisplayName("stages are equal by their number")
    void stages() {
        equalByEveryPart(() -> new Stage(2), List.of(new Stage(1), Stage.NONE));
    }

    @Test
    @DisplayName("a span of counted days is equal by its key and both its dates")
    void spans() {
        equalByEveryPart(() -> new LateCounts.Span(3, MON, MON.plusDays(4)), List.of(
                new LateCounts.Span(4, MON, MON.plusDays(4)),
                new LateCounts.Span(3, MON.plusDays(1), MON.plusDays(4)),
                new LateCounts.Span(3, MON, MON.plusDays(3))));
    }

    @Test
    @DisplayName("a stage review period is equal by its block, dates, review day and words")
    void reviewPeriods() {
        equalByEveryPart(() -> new StageReviewPeriod(new Block(2), MON, MON.plusDays(25), MON.plusDays(25), "block 2"),
                List.of(new StageReviewPeriod(new Block(3), MON, MON.plusDays(25), MON.plusDays(25), "block 2"),
                        new StageReviewPeriod(new Block(2), MON.plusDays(1), MON.plusDays(25), MON.plusDays(25),
                                "block 2"),
                        new StageReviewPeriod(new Block(2), MON, MON.plusDays(24), MON.plusDays(25), "block 2"),
                        new StageReviewPeriod(new Block(2), MON, MON.plusDays(25), MON.plusDays(26), "block 2"),
                        new StageReviewPeriod(new Block(2), MON, MON.plusDays(25), MON.plusDays(25),
                                "Autumn term, second half")));
    }
}
