package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.AttendanceCode;

/**
 * Per pupil per 4-weekly block, from the entries as they stand: the number of L, of U, the total
 * minutes late and the change from the previous block. Weeks come from the school calendar, so
 * a half-term week is not a week and does not fill a block.
 */
public final class LatenessBlocks {

    private final SchoolCalendar calendar;

    public LatenessBlocks(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    /** The tallies for {@code block}, one per pupil with at least one late mark in it. */
    public List<BlockTally> tallies(Block block, List<LateEntry> entries) {
        Map<String, int[]> now = new HashMap<>();
        Map<String, Long> minutes = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (LateEntry e : entries) {
            if (!e.isLate()) {
                continue;
            }
            OptionalInt week = calendar.schoolWeekOf(e.date());
            if (week.isEmpty()) {
                continue;
            }
            Block of = Block.ofWeek(week.getAsInt());
            if (of.equals(block)) {
                int[] counts = now.computeIfAbsent(e.pupilId(), k -> new int[2]);
                counts[e.code() == AttendanceCode.L ? 0 : 1]++;
                minutes.merge(e.pupilId(), e.minutesLate(), Long::sum);
            } else if (block.hasPrevious() && of.equals(block.previous())) {
                before.merge(e.pupilId(), 1, Integer::sum);
            }
        }
        List<BlockTally> tallies = new ArrayList<>();
        now.forEach((pupil, counts) -> tallies.add(new BlockTally(block, pupil, counts[0], counts[1],
                minutes.getOrDefault(pupil, 0L), block.hasPrevious()
                ? OptionalInt.of(counts[0] + counts[1] - before.getOrDefault(pupil, 0)) : OptionalInt.empty())));
        tallies.sort(Comparator.comparing(BlockTally::pupilId));
        return tallies;
    }

    /** Late marks (L + U as they stand) per pupil in {@code block}, for pupils with any. */
    public Map<String, Integer> lateMarksIn(Block block, List<LateEntry> entries) {
        Map<String, Integer> marks = new HashMap<>();
        for (LateEntry e : entries) {
            if (e.isLate() && blockOf(e.date()).filter(block::equals).isPresent()) {
                marks.merge(e.pupilId(), 1, Integer::sum);
            }
        }
        return marks;
    }

    /**
     * The dates from {@code from} to {@code to} in school weeks, as spans keyed by their block's
     * number: each run of days in one block is one span, so an entry falls in a span exactly when
     * {@link #blockOf} gives that block for its date. What a store counts late marks by block over.
     */
    public List<LateCounts.Span> spans(LocalDate from, LocalDate to) {
        List<LateCounts.Span> spans = new ArrayList<>();
        Block current = null;
        LocalDate start = null;
        LocalDate last = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Block of = blockOf(d).orElse(null);
            if (!java.util.Objects.equals(of, current)) {
                if (current != null) {
                    spans.add(new LateCounts.Span(current.number(), start, last));
                }
                current = of;
                start = d;
            }
            last = d;
        }
        if (current != null) {
            spans.add(new LateCounts.Span(current.number(), start, last));
        }
        return spans;
    }

    /** The block a school date falls in, or none for a date outside every school week. */
    public Optional<Block> blockOf(LocalDate date) {
        OptionalInt week = calendar.schoolWeekOf(date);
        return week.isEmpty() ? Optional.empty() : Optional.of(Block.ofWeek(week.getAsInt()));
    }

    /** The first and last calendar dates of a block's weeks, or none if the year has no such block. */
    public Optional<Dates> datesOf(Block block) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(calendar.yearEnds()); d = d.plusDays(1)) {
            OptionalInt week = calendar.schoolWeekOf(d);
            if (week.isPresent() && Block.ofWeek(week.getAsInt()).equals(block)) {
                first = first == null ? d : first;
                last = d;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Dates(first, last));
    }

    public record Dates(LocalDate first, LocalDate last) {
    }
}
