package lategate.app.lateness;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import lategate.app.LateBookEntry;
import lategate.app.PupilRoll;
import lategate.app.RegisterHistory;
import lategate.app.audit.AmendmentHistory;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.LateCounts;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.LatenessBlocks;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageHistory;
import lategate.domain.lateness.StageCadence;
import lategate.domain.lateness.StageProposal;
import lategate.domain.lateness.SchoolWeeksWindow;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageReviewPeriod;
import lategate.domain.lateness.StageReviews;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.pupil.CompulsorySchoolAge;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;

/**
 * The attendance lead's reports on lateness (docs/domain.md, "Lateness tracking
 * and thresholds"): blocks, thresholds, the stage ladder's proposals and the decisions on
 * it, groups, patterns, and one pupil's page. Read only, over ports that a kiosk's database and
 * the trust's hub both answer (the same reports on the hub); deciding stages is
 * {@link LatenessReview}'s, on a kiosk's database.
 */
public class LatenessReports {

    /** A review request that cannot be met: a block not started, a date outside the year, a decision not allowed. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    final School school;
    final LatenessPolicy policy;
    final RegisterHistory register;
    private final PupilRoll pupils;
    private final AmendmentHistory amendments;
    final StageDecisionHistory decisions;
    private final LatenessBlocks blocks;
    private final Map<Block, BlockSpan> spans;
    private final Optional<StageReviews> stageReviews;

    public LatenessReports(School school, LatenessPolicy policy, RegisterHistory register, PupilRoll pupils,
                           AmendmentHistory amendments, StageDecisionHistory decisions) {
        this.school = school;
        this.policy = policy;
        this.register = register;
        this.pupils = pupils;
        this.amendments = amendments;
        this.decisions = decisions;
        this.blocks = new LatenessBlocks(school.calendar());
        this.spans = spansOf(school.calendar());
        this.stageReviews = policy.stages().map(l -> new StageReviews(l.review(), policy.stagesCitation(),
                school.calendar()));
    }

    /** When the ladder proposes (every block's end, or each half-term's end); empty without a ladder. */
    public Optional<StageReviews> stageReviews() {
        return stageReviews;
    }

    public School school() {
        return school;
    }

    public LatenessPolicy policy() {
        return policy;
    }

    /** How many blocks the academic year has. */
    public int blockCount() {
        return spans.size();
    }

    /** The block {@code today} is in, or the last one before it in a holiday. */
    public Block blockOn(LocalDate today) {
        inYear("today", today);
        Block found = null;
        for (BlockSpan span : spans.values()) {
            if (!span.firstSchoolDay().isAfter(today)) {
                found = span.block();
            }
        }
        if (found == null) {
            throw new Refused("no block has started by " + today + ": block 1 begins on "
                    + spans.values().iterator().next().firstSchoolDay());
        }
        return found;
    }

    /** Every block that has started by {@code today}, oldest first. */
    public List<BlockSpan> blocksSoFar(LocalDate today) {
        return spans.values().stream().filter(s -> !s.firstSchoolDay().isAfter(today)).toList();
    }

    /** A block's school days, refused if the year has no such block or it has not started by {@code today}. */
    public BlockSpan span(Block block, LocalDate today) {
        BlockSpan span = spans.get(block);
        if (span == null) {
            throw new Refused("block " + block.number() + " is not in " + school.name() + "'s academic year: it has "
                    + spans.size() + " blocks (" + school.calendar().schoolWeekCount() + " school weeks)");
        }
        if (span.firstSchoolDay().isAfter(today)) {
            throw new Refused("block " + block.number() + " has not started: its first school day is "
                    + span.firstSchoolDay());
        }
        return span;
    }

    /** The block's review as it stands on {@code today}. */
    public BlockReview review(Block block, LocalDate today) {
        BlockSpan span = span(block, today);
        Map<String, Pupil> roll = roll();
        StageHistory history = new StageHistory(decisions.all());
        Optional<StageReviews.Verdict> verdict = stageReviews.map(r -> r.decide(block, today));
        boolean due = verdict.filter(v -> v instanceof StageReviews.Verdict.Due).isPresent();
        // The year's late marks up to the block's end, counted per block (and per stage review period
        // when the ladder proposes): the register counts them, the hub in SQL.
        LocalDate yearStarts = school.calendar().yearStarts();
        List<LateCounts.Span> spans = new ArrayList<>(blocks.spans(yearStarts, span.lastSchoolDay()));
        if (due) {
            spans.addAll(periodSpans(block, yearStarts, span.lastSchoolDay()));
        }
        // The thresholds as they stood on the block's last day (or today, in it). The blocks' counts and
        // the thresholds read the same days: the register reads and resolves them once for both.
        LocalDate on = today.isBefore(span.lastSchoolDay()) ? today : span.lastSchoolDay();
        LocalDate thresholdsFrom = thresholdsFrom(on);
        RegisterHistory year = register.resolvedBetween(thresholdsFrom.isBefore(yearStarts) ? thresholdsFrom
                : yearStarts, span.lastSchoolDay());
        LateCounts counts = year.lateCounts(spans);
        Map<String, int[]> perBlock = new HashMap<>();
        Map<String, BlockTally> tallies = new HashMap<>();
        for (String pupil : counts.pupils()) {
            int[] marks = new int[block.number()];
            boolean any = false;
            for (int b = 1; b <= block.number(); b++) {
                marks[b - 1] = counts.of(pupil, b).lateMarks();
                any |= marks[b - 1] > 0;
            }
            if (any) {
                perBlock.put(pupil, marks);
            }
            LateCounts.Tally now = counts.of(pupil, block.number());
            if (now.lateMarks() > 0) {
                tallies.put(pupil, tally(block, pupil, now, block.hasPrevious() ? marks[block.number() - 2] : 0));
            }
        }
        boolean ended = span.endedBy(today);
        Map<String, StageProposal> proposals = new HashMap<>();
        if (due) {
            proposalsFor(block, counts, history, roll).forEach(p -> proposals.put(p.pupilId(), p));
        }
        Map<String, List<ThresholdStanding>> standings = new HashMap<>();
        thresholdsOn(year, thresholdsFrom, on).forEach(s -> standings.computeIfAbsent(s.pupilId(), k -> new ArrayList<>()).add(s));

        Set<String> who = new TreeSet<>(tallies.keySet());
        // A pupil late in the block before and not at all in this one has dropped to zero: that change
        // is what the lead reviews, so they keep a row (docs/attendance-lead.md).
        if (block.hasPrevious()) {
            perBlock.forEach((id, marks) -> {
                if (marks[block.number() - 2] > 0) {
                    who.add(id);
                }
            });
        }
        who.addAll(proposals.keySet());
        who.addAll(standings.keySet());
        policy.stages().ifPresent(ladder -> history.pupils().stream()
                .filter(p -> history.before(p, block).onLadder())
                .filter(p -> Optional.ofNullable(roll.get(p)).flatMap(Pupil::leftOn)
                        .map(left -> left.isAfter(span.firstSchoolDay())).orElse(true))
                .forEach(who::add));
        List<BlockRow> rows = new ArrayList<>();
        for (String id : who) {
            int[] marks = perBlock.getOrDefault(id, new int[block.number()]);
            BlockTally tally = tallies.getOrDefault(id, tally(block, id, LateCounts.Tally.NONE,
                    block.hasPrevious() ? marks[block.number() - 2] : 0));
            List<Integer> bars = new ArrayList<>();
            for (int m : marks) {
                bars.add(m);
            }
            rows.add(new BlockRow(roll.getOrDefault(id, unknown(id)), tally, bars,
                    policy.stages().map(l -> history.before(id, block)), Optional.ofNullable(proposals.get(id)),
                    history.decisionOn(id, block), standings.getOrDefault(id, List.of())));
        }
        rows.sort(BY_CONCERN);
        return new BlockReview(span, ended, policy.stages().isPresent(), rows, verdict,
                stageReviews.map(r -> r.nextWords(today)));
    }

    /**
     * The block's late marks per pupil as they stand on {@code today}: {@link #review}'s tallies and
     * stages of the pupils late in the block or in the block before, counted the same way (the one
     * resolution's entries, counted by {@link RegisterHistory#lateCounts} over the same spans) but
     * over those two blocks only. A list of them (the blocks report's CSV) then reads some eight
     * school weeks of the register, not the year a review's bars need.
     */
    public BlockLateMarks lateMarks(Block block, LocalDate today) {
        BlockSpan span = span(block, today);
        List<LateCounts.Span> compared = new ArrayList<>();
        for (LateCounts.Span s : blocks.spans(school.calendar().yearStarts(), span.lastSchoolDay())) {
            if (s.key() == block.number() || s.key() == block.number() - 1) {
                compared.add(s);
            }
        }
        LateCounts counts = register.lateCounts(compared);
        StageHistory history = new StageHistory(decisions.all());
        List<BlockTally> tallies = new ArrayList<>();
        for (String id : counts.pupils()) {
            LateCounts.Tally now = counts.of(id, block.number());
            int before = block.hasPrevious() ? counts.of(id, block.number() - 1).lateMarks() : 0;
            if (now.lateMarks() > 0 || before > 0) {
                tallies.add(tally(block, id, now, before));
            }
        }
        // Only the pupils listed: a trust's CSV names some of each school's roll, not all of it.
        List<String> ids = new ArrayList<>();
        for (BlockTally t : tallies) {
            ids.add(t.pupilId());
        }
        Map<String, Pupil> named = pupils.byIds(ids);
        List<BlockLateMarks.Row> rows = new ArrayList<>();
        for (BlockTally tally : tallies) {
            String id = tally.pupilId();
            Optional<Stage> stage = BlockRow.standing(history.decisionOn(id, block),
                    policy.stages().map(l -> history.before(id, block)));
            rows.add(new BlockLateMarks.Row(named.getOrDefault(id, unknown(id)), tally, stage));
        }
        return new BlockLateMarks(span, rows);
    }

    /** A pupil's tally in the block, with the change from the {@code before} late marks of the block before it. */
    private static BlockTally tally(Block block, String pupil, LateCounts.Tally now, int before) {
        return new BlockTally(block, pupil, now.lateL(), now.lateU(), now.minutesLate(),
                block.hasPrevious() ? OptionalInt.of(now.lateMarks() - before) : OptionalInt.empty());
    }

    /**
     * Threshold reached, then approaching, then a stage rise, then the biggest rise in late marks. A
     * pupil who has reached one threshold ranks as reached whatever they approach on another.
     */
    static final Comparator<BlockRow> BY_CONCERN = Comparator
            .comparing((BlockRow r) -> r.thresholdReached() ? 0 : r.thresholdApproaching() ? 1 : 2)
            .thenComparing(r -> !r.proposal().filter(StageProposal::isRise).isPresent())
            .thenComparing(r -> r.tally().change().orElse(0), Comparator.reverseOrder())
            .thenComparing(r -> r.tally().lateMarks(), Comparator.reverseOrder())
            .thenComparing(r -> r.pupil().id());

    /** Everyone at or near a threshold on {@code on}: the penalty notice threshold and persistent late arrival. */
    public List<ThresholdStanding> thresholds(LocalDate on) {
        inYear("--on", on);
        return thresholdsOn(register, thresholdsFrom(on), on);
    }

    /**
     * The school weeks the penalty notice threshold counts on {@code on}: across terms and into the previous
     * school year, as far back as the settings' calendar knows.
     */
    public SchoolWeeksWindow penaltyNoticeWindow(LocalDate on) {
        return policy.penaltyNotice().window(on, school.calendar());
    }

    /**
     * The standings on {@code on}, read from the first day either threshold counts: the penalty notice
     * window may start in the previous school year, before the entries a report reads for this year.
     */
    private List<ThresholdStanding> thresholdsOn(RegisterHistory register, LocalDate from, LocalDate on) {
        // The thresholds count unauthorised absences only, and list nobody with fewer than the lowest
        // warning level: a store may read just the entries of the pupils with that many.
        int fewest = policy.penaltyNotice().fewestListed();
        if (policy.persistentLate().isPresent()) {
            fewest = Math.min(fewest, policy.persistentLate().get().fewestListed());
        }
        List<LateEntry> entries = register.unauthorisedOfPupilsWithAtLeast(from, on, fewest);
        Map<String, LocalDate> belowCompulsoryAge = new HashMap<>();
        for (Pupil p : pupils.byIds(entries.stream().map(LateEntry::pupilId).distinct().toList()).values()) {
            if (p.belowCompulsorySchoolAgeOn(on)) {
                belowCompulsoryAge.put(p.id(), CompulsorySchoolAge.startsFor(p.dateOfBirth().get()));
            }
        }
        List<ThresholdStanding> all = new ArrayList<>(policy.penaltyNotice().on(on, entries, school.calendar(),
                belowCompulsoryAge));
        policy.persistentLate().ifPresent(p -> all.addAll(p.on(on, entries, school.calendar(), belowCompulsoryAge)));
        return all;
    }

    /** The first day either threshold counts on {@code on}: entries before it never count. */
    private LocalDate thresholdsFrom(LocalDate on) {
        LocalDate from = policy.penaltyNotice().windowStarts(on, school.calendar());
        if (policy.persistentLate().isPresent()) {
            LocalDate persistent = policy.persistentLate().get().windowStarts(on, school.calendar());
            from = persistent.isBefore(from) ? persistent : from;
        }
        return from;
    }

    /** One pupil's year so far. */
    public PupilPage pupil(String pupilId, LocalDate today) {
        Pupil pupil = pupils.byId(pupilId).orElseThrow(() -> new Refused("no pupil with id '" + pupilId
                + "' on the roster"));
        LocalDate to = today.isAfter(school.calendar().yearEnds()) ? school.calendar().yearEnds() : today;
        // The page's marks per block and its thresholds read the same days: resolved once for both.
        LocalDate thresholdsFrom = thresholdsFrom(to);
        LocalDate yearStarts = school.calendar().yearStarts();
        RegisterHistory year = register.resolvedBetween(thresholdsFrom.isBefore(yearStarts) ? thresholdsFrom
                : yearStarts, to);
        List<LateEntry> entries = year.entriesBetween(yearStarts, to);
        List<PupilPage.PupilArrival> arrivals = new ArrayList<>();
        for (LateBookEntry entry : register.lateBookOf(pupilId, school.calendar().yearStarts(), to)) {
            arrivals.add(new PupilPage.PupilArrival(entry, entry.entry().code().code(),
                    blocks.blockOf(entry.entry().date()).map(Block::number).orElse(0)));
        }
        Block last = blocksSoFar(to).isEmpty() ? new Block(1) : blockOn(to);
        int[] marks = lateMarksPerBlock(entries, last).getOrDefault(pupilId, new int[last.number()]);
        List<Integer> bars = new ArrayList<>();
        for (int m : marks) {
            bars.add(m);
        }
        StageHistory history = new StageHistory(decisions.all());
        List<ThresholdStanding> standings = thresholdsOn(year, thresholdsFrom, to).stream()
                .filter(s -> s.pupilId().equals(pupilId)).toList();
        return new PupilPage(pupil, arrivals, amendments.ofPupil(pupilId), bars, history.current(pupilId),
                history.of(pupilId), standings);
    }

    /**
     * Late marks in a block for each group against the rest of the pupils on roll in it: SEND,
     * pupil premium, free school meals, looked after, EAL, then each year group and class.
     */
    public List<GroupFigures> groups(Block block, LocalDate today) {
        BlockSpan span = span(block, today);
        List<LateEntry> entries = register.entriesBetween(span.firstSchoolDay(), span.lastSchoolDay());
        Map<String, Integer> marks = blocks.lateMarksIn(block, entries);
        List<Pupil> onRoll = pupils.all().stream()
                .filter(p -> p.leftOn().map(left -> !left.isBefore(span.firstSchoolDay())).orElse(true)).toList();
        Map<String, Predicate<Pupil>> groups = new LinkedHashMap<>();
        groups.put("SEND", p -> p.characteristics().send());
        groups.put("Pupil premium", p -> p.characteristics().pupilPremium());
        groups.put("Free school meals", p -> p.characteristics().freeSchoolMeals());
        groups.put("Looked after", p -> p.characteristics().lookedAfter());
        groups.put("EAL", p -> p.characteristics().englishAdditionalLanguage());
        new TreeSet<>(onRoll.stream().map(Pupil::year).toList()).forEach(y -> groups.put("Year " + y,
                p -> p.year().equals(y)));
        new TreeSet<>(onRoll.stream().map(Pupil::className).toList()).forEach(c -> groups.put("Class " + c,
                p -> p.className().equals(c)));
        List<GroupFigures> figures = new ArrayList<>();
        groups.forEach((name, member) -> {
            int[] in = new int[3];
            int[] rest = new int[3];
            for (Pupil p : onRoll) {
                int m = marks.getOrDefault(p.id(), 0);
                int[] side = member.test(p) ? in : rest;
                side[0]++;
                side[1] += m > 0 ? 1 : 0;
                side[2] += m;
            }
            figures.add(new GroupFigures(name, in[0], in[1], in[2], rest[0], rest[1], rest[2]));
        });
        return figures;
    }

    /** Late marks by weekday and school week over the blocks from {@code from} to {@code to}. */
    public Heatmap heatmap(Block from, Block to, LocalDate today) {
        BlockSpan first = span(from, today);
        BlockSpan last = span(to, today);
        int firstWeek = from.firstWeek();
        int lastWeek = Math.min(to.lastWeek(), school.calendar().schoolWeekCount());
        int[][] counts = new int[lastWeek - firstWeek + 1][5];
        for (LateEntry e : register.entriesBetween(first.firstSchoolDay(), last.lastSchoolDay())) {
            OptionalInt week = school.calendar().schoolWeekOf(e.date());
            int day = e.date().getDayOfWeek().getValue();
            if (e.isLate() && week.isPresent() && day <= DayOfWeek.FRIDAY.getValue()
                    && week.getAsInt() >= firstWeek && week.getAsInt() <= lastWeek) {
                counts[week.getAsInt() - firstWeek][day - 1]++;
            }
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] week : counts) {
            rows.add(java.util.Arrays.stream(week).boxed().toList());
        }
        return new Heatmap(firstWeek, lastWeek, rows);
    }

    /** The reasons pupils gave for late marks that still stand, most common first. */
    public List<ReasonCount> reasons(Block block, LocalDate today) {
        BlockSpan span = span(block, today);
        Set<String> late = new java.util.HashSet<>();
        for (LateEntry e : register.entriesBetween(span.firstSchoolDay(), span.lastSchoolDay())) {
            if (e.isLate()) {
                late.add(e.pupilId() + " " + e.date() + " " + e.register());
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> pupilsOf = new HashMap<>();
        for (LateBookEntry entry : register.lateBookBetween(span.firstSchoolDay(), span.lastSchoolDay())) {
            if (late.contains(entry.entry().pupilId() + " " + entry.entry().date() + " "
                    + entry.entry().register())) {
                String reason = entry.reasonLabel().orElse("not given");
                counts.merge(reason, 1, Integer::sum);
                pupilsOf.computeIfAbsent(reason, k -> new java.util.HashSet<>()).add(entry.entry().pupilId());
            }
        }
        return counts.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue(),
                        pupilsOf.get(e.getKey()).size()))
                .sorted(Comparator.comparing(ReasonCount::count).reversed().thenComparing(ReasonCount::reason))
                .toList();
    }

    /**
     * Late marks on the last school day before each break of more than a weekend, and on the first
     * school day after it, up to {@code today}; with the average per school day to compare.
     */
    public List<HolidayEdge> holidayEdges(LocalDate today) {
        SchoolCalendar calendar = school.calendar();
        LocalDate to = today.isAfter(calendar.yearEnds()) ? calendar.yearEnds() : today;
        Map<LocalDate, Integer> lates = new HashMap<>();
        register.entriesBetween(calendar.yearStarts(), to).stream().filter(LateEntry::isLate)
                .forEach(e -> lates.merge(e.date(), 1, Integer::sum));
        List<HolidayEdge> edges = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.isSchoolDay(d)) {
                continue;
            }
            if (previous != null) {
                Optional<String> gap = breakBetween(previous, d);
                if (gap.isPresent()) {
                    edges.add(new HolidayEdge(gap.get(), previous, lates.getOrDefault(previous, 0), d,
                            lates.getOrDefault(d, 0)));
                }
            }
            previous = d;
        }
        return edges;
    }

    /** The average late marks per school day up to {@code today}. */
    public double latesPerSchoolDay(LocalDate today) {
        SchoolCalendar calendar = school.calendar();
        LocalDate to = today.isAfter(calendar.yearEnds()) ? calendar.yearEnds() : today;
        int days = 0;
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(to); d = d.plusDays(1)) {
            days += calendar.isSchoolDay(d) ? 1 : 0;
        }
        long late = register.entriesBetween(calendar.yearStarts(), to).stream().filter(LateEntry::isLate).count();
        return days == 0 ? 0 : (double) late / days;
    }

    private Optional<String> breakBetween(LocalDate before, LocalDate after) {
        String name = null;
        int closedWeekdays = 0;
        for (LocalDate d = before.plusDays(1); d.isBefore(after); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                closedWeekdays++;
                if (name == null) {
                    name = school.calendar().statusOf(d).describe();
                }
            }
        }
        // One closed weekday is an INSET or bank holiday, not a break pupils come back from.
        return closedWeekdays >= 2 ? Optional.of(name) : Optional.empty();
    }

    /** The decisions standing for a block that change a pupil's stage: one letter each. */
    public List<StageDecision> changesDecided(Block block, LocalDate today) {
        span(block, today);
        StageHistory history = new StageHistory(decisions.all());
        List<StageDecision> changes = new ArrayList<>();
        for (String pupil : history.pupils()) {
            history.decisionOn(pupil, block).filter(StageDecision::changesStage).ifPresent(changes::add);
        }
        return changes;
    }

    /** Keys of the stage review periods among the spans late marks are counted over. */
    private static final int PERIOD = -1;
    private static final int PERIOD_BEFORE = -2;

    /**
     * The block's stage review period and the one before it, as spans to count late marks over,
     * within the days a review reads ({@code from} to {@code to}); none without a period.
     */
    private List<LateCounts.Span> periodSpans(Block block, LocalDate from, LocalDate to) {
        Optional<StageReviewPeriod> period = stageReviews.flatMap(r -> r.in(block));
        if (period.isEmpty()) {
            return List.of();
        }
        List<LateCounts.Span> spans = new ArrayList<>();
        clipped(PERIOD, period.get(), from, to).ifPresent(spans::add);
        stageReviews.get().before(period.get()).flatMap(p -> clipped(PERIOD_BEFORE, p, from, to))
                .ifPresent(spans::add);
        return spans;
    }

    private static Optional<LateCounts.Span> clipped(int key, StageReviewPeriod period, LocalDate from,
                                                     LocalDate to) {
        LocalDate start = period.from().isBefore(from) ? from : period.from();
        LocalDate end = period.to().isAfter(to) ? to : period.to();
        return end.isBefore(start) ? Optional.empty() : Optional.of(new LateCounts.Span(key, start, end));
    }

    /**
     * The ladder's proposals for a block from the entries read for it (a review on a kiosk's
     * database): counted as {@link #review} counts them.
     */
    List<StageProposal> proposalsFor(Block block, List<LateEntry> entries, StageHistory history) {
        LocalDate from = entries.stream().map(LateEntry::date).min(LocalDate::compareTo)
                .orElse(school.calendar().yearStarts());
        LocalDate to = entries.stream().map(LateEntry::date).max(LocalDate::compareTo).orElse(from);
        return proposalsFor(block, LateCounts.of(entries, periodSpans(block, from, to)), history, roll());
    }

    /**
     * The ladder's proposals for a block; a pupil who left before the block began gets none, even
     * if they carried a stage: there is no family to write to about that block.
     */
    private List<StageProposal> proposalsFor(Block block, LateCounts counts, StageHistory history,
                                             Map<String, Pupil> roll) {
        Optional<StageReviewPeriod> period = stageReviews.flatMap(r -> r.in(block));
        if (period.isEmpty()) {
            return List.of();
        }
        boolean perBlock = stageReviews.get().cadence() == StageCadence.BLOCK;
        LocalDate starts = perBlock ? spans.get(block).firstSchoolDay() : period.get().from();
        Optional<StageReviewPeriod> previous = stageReviews.get().before(period.get());
        String before = previous.map(StageReviewPeriod::words)
                .orElse(perBlock ? "block " + (block.number() - 1) : "the half-term before");
        return policy.stages().map(ladder -> ladder.proposals(block, period.get().words(),
                        before, counts.lateMarks(PERIOD),
                        previous.isPresent() ? counts.lateMarks(PERIOD_BEFORE) : Map.<String, Integer>of(), history))
                .orElse(List.of()).stream()
                .filter(p -> Optional.ofNullable(roll.get(p.pupilId())).flatMap(Pupil::leftOn)
                        .map(left -> left.isAfter(starts)).orElse(true))
                .toList();
    }

    private Map<String, int[]> lateMarksPerBlock(List<LateEntry> entries, Block upTo) {
        Map<String, int[]> perBlock = new HashMap<>();
        for (LateEntry e : entries) {
            if (!e.isLate()) {
                continue;
            }
            Optional<Block> of = blocks.blockOf(e.date());
            if (of.isPresent() && of.get().number() <= upTo.number()) {
                perBlock.computeIfAbsent(e.pupilId(), k -> new int[upTo.number()])[of.get().number() - 1]++;
            }
        }
        return perBlock;
    }

    private Map<String, Pupil> roll() {
        Map<String, Pupil> byId = new HashMap<>();
        pupils.all().forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static Pupil unknown(String id) {
        return new Pupil(id, "", "", "", "", "", Characteristics.NONE, Optional.empty());
    }

    private void inYear(String what, LocalDate date) {
        SchoolCalendar calendar = school.calendar();
        if (date.isBefore(calendar.yearStarts()) || date.isAfter(calendar.yearEnds())) {
            throw new Refused(what + " " + date + " is outside the academic year " + calendar.yearStarts() + " to "
                    + calendar.yearEnds());
        }
    }

    private static Map<Block, BlockSpan> spansOf(SchoolCalendar calendar) {
        Map<Block, LocalDate[]> days = new LinkedHashMap<>();
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(calendar.yearEnds()); d = d.plusDays(1)) {
            OptionalInt week = calendar.schoolWeekOf(d);
            if (week.isPresent() && calendar.isSchoolDay(d)) {
                LocalDate day = d;
                LocalDate[] span = days.computeIfAbsent(Block.ofWeek(week.getAsInt()), k -> new LocalDate[] {day, day});
                span[1] = d;
            }
        }
        Map<Block, BlockSpan> spans = new LinkedHashMap<>();
        days.forEach((block, span) -> spans.put(block, new BlockSpan(block, span[0], span[1])));
        return spans;
    }
}
