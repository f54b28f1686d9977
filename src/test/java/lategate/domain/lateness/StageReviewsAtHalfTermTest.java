package lategate.domain.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import lategate.domain.calendar.Closure;
import lategate.domain.calendar.ClosureKind;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.calendar.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * When the ladder may propose (Oak Meadow Appendix 1: "any of the 5 review points (Oct / Dec / Feb
 * / Apr / May / June)"): half-terms come from the term dates, split only by a whole week with no
 * school day, never by an INSET day or a bank holiday.
 */
class StageReviewsAtHalfTermTest {

    private static final LocalDate D = LocalDate.of(2026, 9, 1);

    private static SchoolCalendar autumn() {
        return new SchoolCalendar(D, LocalDate.of(2027, 7, 31),
                List.of(new Term("Autumn term", D, LocalDate.of(2026, 12, 18))),
                List.of(new Closure("INSET", ClosureKind.INSET, D, LocalDate.of(2026, 9, 2)),
                        new Closure("Half term", ClosureKind.HOLIDAY, LocalDate.of(2026, 10, 26),
                                LocalDate.of(2026, 10, 30)),
                        new Closure("INSET", ClosureKind.INSET, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20))));
    }

    @Test
    @DisplayName("a term splits at its half-term week into two reviews, each recorded against the block of its last "
            + "school day; an INSET day does not split it")
    void halfTermsFromTermDates() {
        StageReviews reviews = new StageReviews(StageCadence.HALF_TERM, "Appendix 1", autumn());
        List<StageReviewPeriod> periods = reviews.periods();
        assertEquals(2, periods.size(), periods.toString());
        assertEquals(new StageReviewPeriod(new Block(2), LocalDate.of(2026, 9, 3), LocalDate.of(2026, 10, 23),
                LocalDate.of(2026, 10, 23), "Autumn term, first half"), periods.get(0));
        assertEquals(new Block(4), periods.get(1).block());
        assertEquals(LocalDate.of(2026, 12, 18), periods.get(1).reviewOn());
    }

    @Test
    @DisplayName("a block with no half-term end is refused with the next review; a review block is due only from "
            + "its half-term's last school day")
    void verdicts() {
        StageReviews reviews = new StageReviews(StageCadence.HALF_TERM, "Appendix 1", autumn());
        StageReviews.Verdict none = reviews.decide(new Block(3), LocalDate.of(2026, 11, 27));
        assertInstanceOf(StageReviews.Verdict.NoReviewInBlock.class, none);
        assertTrue(none.sentence().contains("next review: 2026-12-18"), none.sentence());
        assertInstanceOf(StageReviews.Verdict.NotYet.class, reviews.decide(new Block(4), LocalDate.of(2026, 12, 17)));
        StageReviews.Verdict due = reviews.decide(new Block(4), LocalDate.of(2026, 12, 18));
        assertInstanceOf(StageReviews.Verdict.Due.class, due);
        assertEquals("Autumn term, first half", ((StageReviews.Verdict.Due) due).previous().orElseThrow().words());
    }

    @Test
    @DisplayName("\"block\" (the default) reviews every block against the block before, as before")
    void everyBlock() {
        StageReviews reviews = new StageReviews(StageCadence.BLOCK, "the school's policy", autumn());
        assertEquals(4, reviews.periods().size());
        assertInstanceOf(StageReviews.Verdict.Due.class, reviews.decide(new Block(3), LocalDate.of(2026, 11, 27)));
    }
}
