package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import lategate.domain.calendar.HalfTerm;
import lategate.domain.calendar.SchoolCalendar;

/**
 * The rule for when the stage ladder may propose, citing the school's policy section from its
 * settings: every block's end ({@link StageCadence#BLOCK}), or each half-term's end
 * ({@link StageCadence#HALF_TERM}), so a pupil climbs at most one stage per review. A half-term
 * review counts the late marks of the whole half-term against the half-term before, and is
 * recorded against the block its last school day falls in; a block with no half-term end holds
 * no review. Two half-terms ending in one block (a half-term under 4 school weeks) are reviewed
 * together at the later end.
 */
public final class StageReviews {

    private final StageCadence cadence;
    private final String citation;
    private final List<StageReviewPeriod> periods;

    public StageReviews(StageCadence cadence, String citation, SchoolCalendar calendar) {
        this.cadence = Objects.requireNonNull(cadence, "cadence");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.periods = cadence == StageCadence.BLOCK ? blocks(calendar) : halfTerms(calendar);
    }

    public StageCadence cadence() {
        return cadence;
    }

    public String citation() {
        return citation;
    }

    /** Every review of the year, in order. */
    public List<StageReviewPeriod> periods() {
        return periods;
    }

    /** The review recorded against {@code block}, if it holds one. */
    public Optional<StageReviewPeriod> in(Block block) {
        return periods.stream().filter(p -> p.block().equals(block)).findFirst();
    }

    /** The review before {@code period}: what "no improvement" is judged against. None for the first. */
    public Optional<StageReviewPeriod> before(StageReviewPeriod period) {
        int i = periods.indexOf(period);
        return i > 0 ? Optional.of(periods.get(i - 1)) : Optional.empty();
    }

    /** The first review on or after {@code today}. */
    public Optional<StageReviewPeriod> nextOnOrAfter(LocalDate today) {
        return periods.stream().filter(p -> !p.reviewOn().isBefore(today)).findFirst();
    }

    /** The latest review whose day has come by {@code today}. */
    public Optional<StageReviewPeriod> latestDueBy(LocalDate today) {
        StageReviewPeriod found = null;
        for (StageReviewPeriod p : periods) {
            if (p.dueBy(today)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the ladder may propose for {@code block} on {@code today}, and if not, why not. */
    public Verdict decide(Block block, LocalDate today) {
        Optional<StageReviewPeriod> period = in(block);
        if (period.isEmpty()) {
            return new Verdict.NoReviewInBlock(block, nextOnOrAfter(today), this);
        }
        if (!period.get().dueBy(today)) {
            return new Verdict.NotYet(period.get(), this);
        }
        return new Verdict.Due(period.get(), before(period.get()));
    }

    /** "stages are reviewed at the end of each half-term (Appendix 1)". */
    public String sentence() {
        return "stages are reviewed " + cadence.words() + " (" + citation + ")";
    }

    /** "next review: 2026-12-18, the end of Autumn term, second half (block 4)", or that none is left. */
    public String nextWords(LocalDate today) {
        return nextOnOrAfter(today).map(p -> "next review: " + p.reviewOn() + ", the end of " + p.words()
                + (cadence == StageCadence.BLOCK ? "" : " (block " + p.block().number() + ")"))
                .orElse("no review is left this year");
    }

    /** The answer for one block on one day. */
    public sealed interface Verdict {

        /** Why the ladder makes no proposal, for the lead to read; empty when it does. */
        String sentence();

        /** The ladder proposes, from the late marks in {@code period} against {@code previous}. */
        record Due(StageReviewPeriod period, Optional<StageReviewPeriod> previous) implements Verdict {
            @Override
            public String sentence() {
                return "";
            }
        }

        /** The block holds a review, but its day has not come. */
        record NotYet(StageReviewPeriod period, StageReviews rule) implements Verdict {
            @Override
            public String sentence() {
                return rule.sentence() + ": the review of " + period.words() + " is on its last school day, "
                        + period.reviewOn();
            }
        }

        /** The block holds no review (half-termly reviews only). */
        record NoReviewInBlock(Block block, Optional<StageReviewPeriod> next, StageReviews rule) implements Verdict {
            @Override
            public String sentence() {
                return "block " + block.number() + " holds no stage review: " + rule.sentence() + "; "
                        + next.map(p -> "next review: " + p.reviewOn() + ", the end of " + p.words() + " (block "
                        + p.block().number() + ")").orElse("no review is left this year");
            }
        }
    }

    private static List<StageReviewPeriod> blocks(SchoolCalendar calendar) {
        Map<Block, LocalDate[]> days = new LinkedHashMap<>();
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(calendar.yearEnds()); d = d.plusDays(1)) {
            OptionalInt week = calendar.schoolWeekOf(d);
            if (week.isEmpty()) {
                continue;
            }
            LocalDate day = d;
            LocalDate[] span = days.computeIfAbsent(Block.ofWeek(week.getAsInt()),
                    k -> new LocalDate[] {day, day, null});
            span[1] = d;
            if (calendar.isSchoolDay(d)) {
                span[2] = d;
            }
        }
        List<StageReviewPeriod> periods = new ArrayList<>();
        days.forEach((block, span) -> {
            if (span[2] != null) {
                periods.add(new StageReviewPeriod(block, span[0], span[1], span[2], "block " + block.number()));
            }
        });
        return List.copyOf(periods);
    }

    private static List<StageReviewPeriod> halfTerms(SchoolCalendar calendar) {
        List<StageReviewPeriod> periods = new ArrayList<>();
        for (HalfTerm h : calendar.halfTerms()) {
            OptionalInt week = calendar.schoolWeekOf(h.lastSchoolDay());
            Block block = Block.ofWeek(week.orElseThrow());
            StageReviewPeriod period = new StageReviewPeriod(block, h.firstSchoolDay(), h.lastSchoolDay(),
                    h.lastSchoolDay(), h.name());
            int last = periods.size() - 1;
            if (last >= 0 && periods.get(last).block().equals(block)) {
                StageReviewPeriod earlier = periods.remove(last);
                period = new StageReviewPeriod(block, earlier.from(), h.lastSchoolDay(), h.lastSchoolDay(),
                        earlier.words() + " and " + h.name());
            }
            periods.add(period);
        }
        return List.copyOf(periods);
    }
}
