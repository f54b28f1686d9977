package lategate.reports.pack;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.GroupFigures;
import lategate.app.lateness.Heatmap;
import lategate.app.lateness.HolidayEdge;
import lategate.app.lateness.LatenessReview;
import lategate.app.lateness.ReasonCount;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.LatenessPolicy;

/**
 * Everything a block's printed pack shows, read from the lead's review once: the block's rows
 * by concern, the block before it for comparison, late marks in every block up to it, the
 * weekday-by-week heatmap over the same weeks, groups, reasons and the days around holidays.
 * Figures that run over the year are taken up to the block's last school day (or today, if the
 * block has not ended), so a pack made later for the same block shows the same figures; only the
 * lead's stage decisions, made after a block ends, can add to it.
 *
 * @param blocks late marks in each block from block 1 to this one, oldest first
 * @param asOf the day the year's figures run to: the block's last school day, or today if earlier
 * @param generated when the pack was made, by the command's clock, in the school's time zone
 */
public record BlockPack(String schoolName, String policyTitle, LatenessPolicy policy, BlockReview review,
                        Optional<BlockReview> previous, List<Integer> blocks, Heatmap heatmap,
                        List<GroupFigures> groups, List<ReasonCount> reasons, List<HolidayEdge> holidayEdges,
                        double latesPerSchoolDay, LocalDate asOf, ZonedDateTime generated) {

    /** How many steps {@link #gather} reports to its listener. */
    public static final int STEPS = 6;

    public BlockPack {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(previous, "previous");
        blocks = List.copyOf(blocks);
        groups = List.copyOf(groups);
        reasons = List.copyOf(reasons);
        holidayEdges = List.copyOf(holidayEdges);
    }

    /**
     * Reads a block's pack as it stands on {@code today}; refused (with {@link LatenessReview.Refused})
     * if the block is not in the year or has not started. {@code stepsDone} hears 1 to {@link #STEPS}.
     */
    public static BlockPack gather(LatenessReview lateness, Block block, LocalDate today, ZonedDateTime generated,
                                   IntConsumer stepsDone) {
        BlockReview review = lateness.review(block, today);
        stepsDone.accept(1);
        Optional<BlockReview> previous = block.hasPrevious()
                ? Optional.of(lateness.review(block.previous(), today)) : Optional.empty();
        stepsDone.accept(2);
        Heatmap heatmap = lateness.heatmap(new Block(1), block, today);
        List<Integer> blocks = new ArrayList<>();
        for (int b = 1; b <= block.number(); b++) {
            int marks = 0;
            for (int week = new Block(b).firstWeek(); week <= Math.min(new Block(b).lastWeek(), heatmap.lastWeek());
                 week++) {
                for (int day = 1; day <= 5; day++) {
                    marks += heatmap.at(week, day);
                }
            }
            blocks.add(marks);
        }
        stepsDone.accept(3);
        List<GroupFigures> groups = lateness.groups(block, today);
        stepsDone.accept(4);
        List<ReasonCount> reasons = lateness.reasons(block, today);
        stepsDone.accept(5);
        LocalDate asOf = today.isBefore(review.span().lastSchoolDay()) ? today : review.span().lastSchoolDay();
        List<HolidayEdge> edges = lateness.holidayEdges(asOf);
        double perDay = lateness.latesPerSchoolDay(asOf);
        stepsDone.accept(6);
        return new BlockPack(lateness.school().name(), lateness.school().policyTitle(), lateness.policy(), review,
                previous, blocks, heatmap, groups, reasons, edges, perDay, asOf, generated);
    }

    public Block block() {
        return review.span().block();
    }

    /** The block's headline figures. */
    public Totals totals() {
        return Totals.of(review);
    }

    /** Pupils late, L, U, minutes and late marks in one block. */
    public record Totals(int pupilsLate, int lateL, int lateU, long minutesLate) {

        static Totals of(BlockReview review) {
            int pupils = 0;
            int l = 0;
            int u = 0;
            long minutes = 0;
            for (BlockRow r : review.rows()) {
                pupils += r.tally().lateMarks() > 0 ? 1 : 0;
                l += r.tally().lateL();
                u += r.tally().lateU();
                minutes += r.tally().minutesLate();
            }
            return new Totals(pupils, l, u, minutes);
        }

        public int lateMarks() {
            return lateL + lateU;
        }
    }
}
