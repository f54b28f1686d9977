package lategate.reports.pack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.BlockSpan;
import lategate.app.lateness.GroupFigures;
import lategate.app.lateness.HolidayEdge;
import lategate.app.lateness.ReasonCount;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageProposal;
import lategate.domain.lateness.PenaltyNoticeThreshold;
import lategate.domain.lateness.ThresholdStanding;

/**
 * A block's pack as one self-contained HTML page for the head and governors: inline CSS with
 * print rules (A4, a title page, a section a page), inline SVG charts, no script, font, image or
 * link to anything outside the file, so it opens and prints the same on any machine, offline.
 * Every piece of text from the database or the settings goes through {@link Html#escape}.
 *
 * <p>Anonymised, for governors: pupils are "Pupil A", "Pupil B", … in the order of concern; no
 * name, id or class is written anywhere (text, titles or attributes); only the year group stays.
 * The reason typed with an override is left out (it may name the pupil or their family), class
 * groups are left out, and every figure goes through {@link SmallNumbers}: a count of 1 or 2 is
 * "fewer than 3", a group, year group or reason of fewer than {@value #SMALL_GROUP} pupils is
 * withheld, with a further one where a total would give it back, so no child can be picked out
 * (docs/data-protection.md, "The anonymised pack").
 */
public final class HtmlPack {

    /** In an anonymised pack, groups smaller than this are withheld ({@link SmallNumbers}). */
    public static final int SMALL_GROUP = SmallNumbers.SMALLEST_GROUP;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final BlockPack pack;
    private final PupilLabels labels;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    private HtmlPack(BlockPack pack, boolean anonymise) {
        this.pack = pack;
        List<BlockRow> rows = pack.review().rows();
        this.labels = anonymise ? PupilLabels.anonymised(rows) : PupilLabels.named(rows);
    }

    /** The whole page, UTF-8 text. */
    public static String render(BlockPack pack, boolean anonymise) {
        return new HtmlPack(pack, anonymise).page();
    }

    private String page() {
        Block block = pack.block();
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e("Lateness pack: " + pack.schoolName() + ", block " + block.number()
                        + (labels.anonymised() ? " (anonymised)" : ""))).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        titlePage();
        summary();
        blocksChart();
        heatmap();
        pupils();
        thresholds();
        groups();
        reasons();
        holidays();
        h.append("<footer class=\"made\">").append(e("Made by lategate from " + pack.schoolName()
                + "'s register on " + DAY.format(pack.generated()) + " at " + TIME.format(pack.generated())
                + ". Only marks as they stand count: an amended mark counts as amended; a repeat scan never counts "
                + "twice.")).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void titlePage() {
        BlockReview review = pack.review();
        BlockSpan span = review.span();
        Block block = span.block();
        h.append("<header class=\"title-page\">\n<p class=\"kicker\">Lateness review for the headteacher and "
                + "governors</p>\n<h1>").append(e(pack.schoolName())).append("</h1>\n<p class=\"subtitle\">Block ")
                .append(block.number()).append(": school weeks ").append(block.firstWeek()).append("\u2013")
                .append(block.lastWeek()).append("</p>\n<dl class=\"facts\">\n");
        fact("School days", DAY.format(span.firstSchoolDay()) + " to " + DAY.format(span.lastSchoolDay()));
        fact("School weeks", block.firstWeek() + " to " + block.lastWeek() + " of the academic year, counted from "
                + "September; weeks with no school day (holidays) are not counted");
        fact("Figures", review.ended() ? "The block ended on " + DAY.format(span.lastSchoolDay()) + "."
                : "The block has not ended: figures up to " + DAY.format(pack.asOf()) + ".");
        fact("Attendance policy", pack.policyTitle());
        fact("Made on", DAY.format(pack.generated()) + " at " + TIME.format(pack.generated()));
        fact("Pupils", labels.anonymised() ? "Anonymised: pupils are shown as Pupil A, Pupil B, … in order of "
                + "concern. The labels hold only within this pack. Names, ids and classes are left out."
                : "Named. Confidential: this pack names pupils; make it with --anonymise for governors.");
        h.append("</dl>\n<ol class=\"contents\">\n");
        for (String section : List.of("Summary", "Late marks per block", "Day of the week and school week",
                "Pupils by concern", "Thresholds", "Groups against the rest of the school", "Reasons given",
                "Lates around holidays")) {
            h.append("<li>").append(e(section)).append("</li>\n");
        }
        h.append("</ol>\n</header>\n");
    }

    private void fact(String term, String words) {
        h.append("<div><dt>").append(e(term)).append("</dt><dd>").append(e(words)).append("</dd></div>\n");
    }

    private void summary() {
        Block block = pack.block();
        BlockPack.Totals now = pack.totals();
        Optional<BlockPack.Totals> before = pack.previous().map(BlockPack.Totals::of);
        section("summary", "1. Summary");
        h.append("<table class=\"figures\">\n<thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"num\">Block ")
                .append(block.number()).append("</th>");
        if (before.isPresent()) {
            h.append("<th scope=\"col\" class=\"num\">Block ").append(block.number() - 1)
                    .append("</th><th scope=\"col\" class=\"num\">Change</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<Shown> cNow = column(now);
        Optional<List<Shown>> cBefore = before.map(this::column);
        List<String> rowNames = List.of("Pupils with a late mark", "Late marks (L + U)",
                "L: late before the register closed", "U: after it closed (an unauthorised absence)",
                "Minutes late, all pupils");
        for (int i = 0; i < rowNames.size(); i++) {
            int row = i;
            figure(rowNames.get(row), cNow.get(row), cBefore.map(c -> c.get(row)));
        }
        h.append("</tbody>\n</table>\n");
        if (before.isEmpty()) {
            h.append("<p class=\"note\">Block 1 has no block before it to compare with.</p>\n");
        }
        List<BlockRow> rows = pack.review().rows();
        long reached = rows.stream().filter(BlockRow::thresholdReached).count();
        long approaching = rows.stream().filter(r -> !r.thresholdReached() && r.thresholdApproaching()).count();
        h.append("<ul class=\"glance\">\n<li>").append(e(pupils(reached) + " at a threshold, " + n(approaching)
                + " approaching one (section 5).")).append("</li>\n");
        if (pack.review().hasLadder()) {
            long proposed = rows.stream().filter(r -> r.proposal().filter(StageProposal::isChange).isPresent()).count();
            long rises = rows.stream().filter(r -> r.proposal().filter(StageProposal::isRise).isPresent()).count();
            long decided = rows.stream().filter(r -> r.decision().isPresent()).count();
            long awaiting = rows.stream().filter(BlockRow::awaitingDecision).count();
            h.append("<li>").append(e(pack.review().stagesDue()
                    ? "Staged letters: " + n(proposed) + " proposed stage " + (proposed == 1 && !labels.anonymised()
                    ? "change" : "changes") + " (" + upAndDown(rises, proposed - rises) + "); " + n(decided)
                    + " decided by the attendance lead, " + n(awaiting) + " awaiting a decision."
                    : pack.review().waitingForBlockEnd() ? "Staged letters: stage changes are proposed when the block "
                    + "ends." : "Staged letters: " + pack.review().whyNoStages().orElse("") + ".")).append("</li>\n");
        }
        h.append("<li>").append(e(String.format(Locale.UK, "%.1f late marks per school day on average this year "
                + "to %s.", pack.latesPerSchoolDay(), SHORT_DAY.format(pack.asOf())))).append("</li>\n</ul>\n");
        h.append("</section>\n");
    }

    private void figure(String what, Shown now, Optional<Shown> before) {
        h.append("<tr><th scope=\"row\">").append(e(what)).append("</th><td class=\"num\">").append(e(now.text()))
                .append("</td>");
        // A change between a hidden count and a shown one would give the hidden one back.
        before.ifPresent(b -> h.append("<td class=\"num\">").append(e(b.text())).append("</td><td class=\"num\">")
                .append(now.hidden() || b.hidden() ? e(SmallNumbers.WITHHELD) : signed(now.value() - b.value()))
                .append("</td>"));
        h.append("</tr>\n");
    }

    /** A figure as the pack shows it: itself, or hidden by {@link SmallNumbers} in an anonymised pack. */
    private record Shown(long value, boolean hidden, String text) {
        static Shown of(long value) {
            return new Shown(value, false, Long.toString(value));
        }
    }

    /**
     * One block's summary figures: pupils late, L + U, L, U, minutes. Anonymised, a count of 1 or 2
     * is "fewer than 3"; where only one of L and U is hidden, the other is withheld too, or the
     * total minus it would give the hidden one back. Minutes are not a count of pupils or marks.
     */
    private List<Shown> column(BlockPack.Totals t) {
        if (!labels.anonymised()) {
            return List.of(Shown.of(t.pupilsLate()), Shown.of(t.lateMarks()), Shown.of(t.lateL()), Shown.of(t.lateU()),
                    Shown.of(t.minutesLate()));
        }
        java.util.Set<Integer> hidden = new java.util.TreeSet<>();
        if (SmallNumbers.small(t.lateL())) {
            hidden.add(0);
        }
        if (SmallNumbers.small(t.lateU())) {
            hidden.add(1);
        }
        hidden = SmallNumbers.withComplement(List.of((long) t.lateL(), (long) t.lateU()), hidden);
        return List.of(counted(t.pupilsLate()), counted(t.lateMarks()), part(t.lateL(), hidden.contains(0)),
                part(t.lateU(), hidden.contains(1)), Shown.of(t.minutesLate()));
    }

    private static Shown counted(long n) {
        return new Shown(n, SmallNumbers.small(n), SmallNumbers.count(n));
    }

    private static Shown part(long n, boolean hidden) {
        return !hidden ? Shown.of(n) : new Shown(n, true, SmallNumbers.small(n) ? SmallNumbers.FEWER
                : SmallNumbers.WITHHELD);
    }

    /**
     * A pupil's year group as the pack shows it: anonymised, only for a year group of at least
     * {@value SmallNumbers#SMALLEST_GROUP} pupils on roll, since in a smaller one a year and a count of
     * late marks could point to the child.
     */
    private String yearOf(lategate.domain.pupil.Pupil pupil) {
        if (!labels.anonymised()) {
            return pupil.year();
        }
        return pack.groups().stream().filter(g -> g.group().equals("Year " + pupil.year())).findFirst()
                .filter(g -> SmallNumbers.groupShown(g.pupils())).map(g -> pupil.year()).orElse(SmallNumbers.WITHHELD);
    }

    /** "2 up, 1 down"; anonymised, where only one is 1 or 2 the other is withheld, or the total gives it back. */
    private String upAndDown(long up, long down) {
        List<Shown> both = column(new BlockPack.Totals(0, (int) up, (int) down, 0));
        return both.get(2).text() + " up, " + both.get(3).text() + " down";
    }

    /** A count in the pack's words: anonymised, 1 or 2 is "fewer than 3". */
    private String n(long count) {
        return labels.anonymised() ? SmallNumbers.count(count) : Long.toString(count);
    }

    /** A count in a chart: anonymised, 1 or 2 is "<3". */
    private String nShort(long count) {
        return labels.anonymised() ? SmallNumbers.countShort(count) : Long.toString(count);
    }

    private void blocksChart() {
        List<Integer> marks = pack.blocks();
        section("blocks", "2. Late marks per block");
        String title = "Late marks per block, blocks 1 to " + marks.size() + ": " + marks.stream()
                .map(this::n).collect(Collectors.joining(", "));
        h.append("<figure>").append(Charts.blocks(marks, title, this::nShort)).append("<figcaption>")
                .append(e("Late marks (L and U, as they stand) in each 4-weekly block of the year so far; block "
                        + pack.block().number() + " in colour.")).append("</figcaption></figure>\n</section>\n");
    }

    private void heatmap() {
        Block block = pack.block();
        section("heatmap", "3. Day of the week and school week");
        h.append("<figure>").append(Charts.heatmap(pack.heatmap(), block, "Late marks by day of the week and "
                + "school week, weeks " + pack.heatmap().firstWeek() + " to " + pack.heatmap().lastWeek()
                + "; block " + block.number() + " outlined", this::nShort)).append("<figcaption>")
                .append(e("Late marks by day of the week (rows) and school week (columns), darker for more. Block "
                        + block.number() + " is outlined, with its total for each day of the week at the right."))
                .append("</figcaption></figure>\n</section>\n");
    }

    private void pupils() {
        BlockReview review = pack.review();
        boolean ladder = review.hasLadder();
        boolean classes = !labels.anonymised();
        section("pupils", "4. Pupils by concern");
        h.append("<p class=\"note\">").append(e("Every pupil with a late mark in the block or the block before, a stage "
                + "carried into it, or a threshold reached or near; most concerning first: a threshold reached, then approaching, "
                + "then a stage rising, then the biggest rise in late marks from the block before. By block: "
                + "late marks in each block of the year so far, this one in colour.")).append("</p>\n");
        if (review.rows().isEmpty()) {
            h.append("<p class=\"empty\">No pupil had a late mark in this block.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"pupils\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Pupil"
                + "</th><th scope=\"col\">Year</th>");
        if (classes) {
            h.append("<th scope=\"col\">Class</th>");
        }
        h.append("<th scope=\"col\" class=\"num\">L</th><th scope=\"col\" class=\"num\">U</th><th scope=\"col\" "
                + "class=\"num\">Mins</th><th scope=\"col\" class=\"num\">Change</th><th scope=\"col\">By block</th>"
                + "<th scope=\"col\">Thresholds</th>");
        if (ladder) {
            h.append("<th scope=\"col\">Stage</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        int rank = 0;
        for (BlockRow r : review.rows()) {
            rank++;
            h.append("<tr").append(r.thresholdReached() ? " class=\"reached\"" : "").append("><td class=\"num\">")
                    .append(rank).append("</td><td class=\"").append(who()).append("\">").append(e(labels.of(r.pupil())));
            if (!labels.anonymised() && !r.pupil().fullName().isBlank()) {
                h.append("<span class=\"id\">").append(e(r.pupil().id())).append("</span>");
            }
            h.append("</td><td>").append(e(yearOf(r.pupil()))).append("</td>");
            if (classes) {
                h.append("<td>").append(e(r.pupil().className())).append("</td>");
            }
            List<Shown> marks = column(new BlockPack.Totals(1, r.tally().lateL(), r.tally().lateU(), 0));
            int now = r.tally().lateMarks();
            boolean changeHidden = labels.anonymised() && r.tally().change().isPresent()
                    && (SmallNumbers.small(now) || SmallNumbers.small(now - r.tally().change().getAsInt()));
            h.append("<td class=\"num\">").append(e(marks.get(2).text())).append("</td><td class=\"num\">")
                    .append(e(marks.get(3).text())).append("</td><td class=\"num\">").append(r.tally().minutesLate())
                    .append("</td><td class=\"num\">").append(r.tally().change().isEmpty() ? ""
                            : changeHidden ? e(SmallNumbers.WITHHELD) : signed(r.tally().change().getAsInt()))
                    .append("</td><td>")
                    .append(Charts.sparkline(r.lateMarksPerBlock(), "Late marks by block: "
                            + r.lateMarksPerBlock().stream().map(this::n).collect(Collectors.joining(", "))))
                    .append("</td><td class=\"limits\">").append(e(r.thresholds().stream().map(HtmlPack::briefly)
                            .collect(Collectors.joining("; ")))).append("</td>");
            if (ladder) {
                h.append("<td class=\"stage\">");
                stage(r);
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** The stage carried in, the ladder's proposal and the lead's decision, in words. */
    private void stage(BlockRow r) {
        Stage in = r.stageIn().orElse(Stage.NONE);
        Optional<StageDecision> decision = r.decision();
        Optional<StageProposal> proposal = r.proposal().filter(StageProposal::isChange);
        if (decision.isPresent()) {
            StageDecision d = decision.get();
            String words = d.from().words() + " \u2192 " + d.decided().words() + ", " + d.kind().word() + " by "
                    + d.by().name();
            h.append(e(words));
            if (d.kind() == StageDecision.Kind.OVERRIDDEN) {
                h.append("<span class=\"small\">").append(e("proposed " + d.proposed().words()
                        + (labels.anonymised() ? "" : d.why().map(w -> ": " + w).orElse("")))).append("</span>");
            }
        } else if (proposal.isPresent()) {
            StageProposal p = proposal.get();
            h.append("<strong class=\"nowrap\">").append(e(p.from().words() + " \u2192 " + p.to().words()))
                    .append("</strong><span class=\"small\">").append(e("proposed: " + p.rule() + "; awaiting the "
                            + "lead")).append("</span>");
        } else {
            h.append(e(in.onLadder() ? in.words() : ""));
        }
    }

    private void thresholds() {
        LatenessPolicy policy = pack.policy();
        section("thresholds", "5. Thresholds");
        h.append("<ul class=\"settings\">\n<li>").append(e("Penalty notice: " + policy.penaltyNotice().stated()
                + " sessions of unauthorised absence (every U is one) in a rolling " + policy.penaltyNotice()
                .schoolWeeks() + " school weeks, across terms and school years; approaching from "
                + policy.penaltyNotice().approachingAt() + " (" + policy.penaltyNoticeCitation()
                + "; the school's settings). It " + PenaltyNoticeThreshold.COUNTS + ". Pupils below compulsory "
                + "school age are listed apart, never as at the threshold.")).append("</li>\n");
        policy.persistentLate().ifPresent(p -> h.append("<li>").append(e("Persistent late arrival after the "
                + "register has closed: " + p.uMarks() + " U in a " + p.per().word() + p.approachingAt().stream()
                .mapToObj(a -> "; approaching from " + a).findFirst().orElse("") + " ("
                + policy.persistentLateCitation() + ").")).append("</li>\n"));
        policy.stages().ifPresent(s -> h.append("<li>").append(e("Staged letters: stage 1 at " + s.enterAtLateMarks()
                + " late marks in a block; up one stage for no improvement or a decline, down one with a positive "
                + "letter for an improvement under that (" + policy.stagesCitation() + "). The attendance lead "
                + "decides every change.")).append("</li>\n"));
        if (policy.persistentLate().isEmpty()) {
            h.append("<li>").append(e("Persistent late arrival: the school has not set a number.")).append("</li>\n");
        }
        h.append("</ul>\n");
        List<BlockRow> rows = pack.review().rows().stream().filter(r -> !r.thresholds().isEmpty()).toList();
        h.append("<p class=\"note\">").append(e("Pupils at or near a threshold on "
                + DAY.format(pack.asOf()) + ", with the marks that count towards it (an entry amended to another unauthorised code, such as O, "
                + "still counts towards a penalty notice).")).append("</p>\n");
        if (rows.isEmpty()) {
            h.append("<p class=\"empty\">Nobody is at or near a threshold.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"standings\">\n<thead><tr><th scope=\"col\">Pupil</th><th scope=\"col\">Year</th>"
                + "<th scope=\"col\">Threshold</th><th scope=\"col\" class=\"num\">U</th><th scope=\"col\" "
                + "class=\"num\">Limit</th><th scope=\"col\">School weeks</th><th scope=\"col\">Marks that count</th>"
                + "</tr></thead>\n<tbody>\n");
        for (BlockRow r : rows) {
            for (ThresholdStanding t : r.thresholds()) {
                h.append("<tr").append(t.level() == ThresholdStanding.Level.REACHED ? " class=\"reached\"" : "")
                        .append("><td class=\"").append(who()).append("\">").append(e(labels.of(r.pupil()))).append("</td><td>")
                        .append(e(yearOf(r.pupil()))).append("</td><td>").append(e(t.words()))
                        .append("</td><td class=\"num\">").append(e(n(t.count()))).append("</td><td class=\"num\">")
                        .append(t.limit()).append("</td><td>").append(e(t.weeks()))
                        .append("</td><td class=\"small\">").append(e(t.marks().stream()
                                .map(m -> DAY_MONTH.format(m.date()) + " " + m.register().name()
                                        + (m.code() == AttendanceCode.U ? "" : " (" + m.code().code() + ")"))
                                .collect(Collectors.joining(", ")))).append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void groups() {
        section("groups", "6. Groups against the rest of the school");
        h.append("<p class=\"note\">").append(e("Late marks in block " + pack.block().number() + " per 100 pupils on "
                + "roll, for each group against everyone else (the tracking of groups of pupils the 2024 attendance "
                + "guidance asks of schools), so groups of different sizes compare.")).append("</p>\n");
        List<GroupFigures> listed = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (GroupFigures g : pack.groups()) {
            if (g.pupils() == 0) {
                empty.add(g.group());
                continue;
            }
            if (labels.anonymised() && g.group().startsWith("Class ")) {
                continue;
            }
            listed.add(g);
        }
        GroupSuppression hide = GroupSuppression.of(listed, labels.anonymised());
        List<GroupFigures> shown = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            if (!hide.rows().contains(i)) {
                shown.add(listed.get(i));
            }
        }
        double scale = shown.stream().filter(g -> !hide.rates().contains(listed.indexOf(g)))
                .mapToDouble(g -> Math.max(g.perHundred(), g.restPerHundred())).max().orElse(0);
        if (shown.isEmpty()) {
            h.append("<p class=\"empty\">No groups to show.</p>\n");
        } else {
            h.append("<table class=\"groups\">\n<thead><tr><th scope=\"col\">Group</th><th scope=\"col\" "
                    + "class=\"num\">Pupils</th><th scope=\"col\" class=\"num\">Late pupils</th><th scope=\"col\" "
                    + "class=\"num\">Late marks</th><th scope=\"col\" class=\"num\">Per 100</th><th scope=\"col\" "
                    + "class=\"num\">Rest per 100</th><th scope=\"col\"><span class=\"key group\"></span>group "
                    + "<span class=\"key rest\"></span>rest</th></tr></thead>\n<tbody>\n");
            for (GroupFigures g : shown) {
                int i = listed.indexOf(g);
                String per = String.format(Locale.UK, "%.1f", g.perHundred());
                String rest = String.format(Locale.UK, "%.1f", g.restPerHundred());
                boolean rates = !hide.rates().contains(i);
                h.append("<tr><th scope=\"row\">").append(e(g.group())).append("</th><td class=\"num\">")
                        .append(g.pupils()).append("</td><td class=\"num\">")
                        .append(e(hidden(g.latePupils(), hide.latePupils().contains(i))))
                        .append("</td><td class=\"num\">").append(e(hidden(g.lateMarks(), hide.lateMarks().contains(i))))
                        .append("</td><td class=\"num\">").append(rates ? per : SmallNumbers.WITHHELD)
                        .append("</td><td class=\"num\">").append(rates ? rest : SmallNumbers.WITHHELD).append("</td><td>")
                        .append(rates ? Charts.pair(g.perHundred(), g.restPerHundred(), scale, g.group() + ": " + per
                                + " late marks per 100 pupils; the rest of the school: " + rest) : "")
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!empty.isEmpty()) {
            h.append("<p class=\"note\">").append(e("No pupil on roll is in: " + String.join(", ", empty)
                    + " (from the roster's columns).")).append("</p>\n");
        }
        if (labels.anonymised()) {
            int withheld = hide.rows().size();
            h.append("<p class=\"note suppression\">").append(e("Anonymised, with small-number suppression as official "
                    + "statistics use it, so that no child can be picked out: classes are left out; "
                    + (withheld == 0 ? "no group was" : withheld + (withheld == 1 ? " group was" : " groups were"))
                    + " withheld for having fewer than " + SmallNumbers.SMALLEST_GROUP + " pupils in it or outside it"
                    + (hide.complements() > 0 ? ", or so that a withheld group cannot be worked out from the total "
                    + "and the others" : "") + "; a count of 1 or 2 is shown as \u201c" + SmallNumbers.FEWER
                    + "\u201d, and a figure that would give a hidden count back is withheld.")).append("</p>\n");
        }
        h.append("</section>\n");
    }

    /** A hidden count in words: "fewer than 3" when small, else "withheld" (hidden beside a small one). */
    private String hidden(long count, boolean hidden) {
        return !hidden ? Long.toString(count) : SmallNumbers.small(count) ? SmallNumbers.FEWER : SmallNumbers.WITHHELD;
    }

    private void reasons() {
        section("reasons", "7. Reasons given");
        List<ReasonCount> reasons = pack.reasons();
        h.append("<p class=\"note\">").append(e("The reason chosen at the kiosk for each late mark in block "
                + pack.block().number() + " that still stands.")).append("</p>\n");
        if (reasons.isEmpty()) {
            h.append("<p class=\"empty\">No late marks, so no reasons.</p>\n</section>\n");
            return;
        }
        // Anonymised, a reason is a breakdown of the pupils late: one fewer than 10 pupils gave is
        // withheld, with a second where only one would be, since the shares add up to 100%.
        java.util.Set<Integer> withheld = new java.util.TreeSet<>();
        if (labels.anonymised()) {
            for (int i = 0; i < reasons.size(); i++) {
                if (!SmallNumbers.groupShown(reasons.get(i).pupils())) {
                    withheld.add(i);
                }
            }
            withheld = SmallNumbers.withComplement(reasons.stream().map(r -> (long) r.count()).toList(), withheld);
        }
        int largest = reasons.stream().mapToInt(ReasonCount::count).max().orElse(0);
        int total = reasons.stream().mapToInt(ReasonCount::count).sum();
        if (withheld.size() < reasons.size()) {
            h.append("<table class=\"reasons\">\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\" "
                    + "class=\"num\">Late marks</th><th scope=\"col\" class=\"num\">Share</th><th scope=\"col\"></th>"
                    + "</tr></thead>\n<tbody>\n");
            for (int i = 0; i < reasons.size(); i++) {
                if (withheld.contains(i)) {
                    continue;
                }
                ReasonCount r = reasons.get(i);
                h.append("<tr><th scope=\"row\">").append(e(r.reason())).append("</th><td class=\"num\">")
                        .append(e(n(r.count()))).append("</td><td class=\"num\">")
                        .append(Math.round(100.0 * r.count() / total)).append("%</td><td>")
                        .append(Charts.bar(r.count(), largest, r.reason() + ": " + n(r.count()))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        } else {
            h.append("<p class=\"empty\">No reason to show.</p>\n");
        }
        if (labels.anonymised()) {
            h.append("<p class=\"note suppression\">").append(e("Anonymised: " + (withheld.isEmpty() ? "no reason was"
                    : withheld.size() + (withheld.size() == 1 ? " reason was" : " reasons were")) + " withheld for "
                    + "having been given by fewer than " + SmallNumbers.SMALLEST_GROUP + " pupils, or so that a "
                    + "withheld reason cannot be worked out from the others (small-number suppression, as official "
                    + "statistics use it).")).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private void holidays() {
        section("holidays", "8. Lates around holidays");
        List<HolidayEdge> edges = pack.holidayEdges();
        h.append("<p class=\"note\">").append(e(String.format(Locale.UK, "Late marks on the last school day before "
                + "each break of two weekdays or more, and on the first school day after it, to %s; against "
                + "%.1f late marks on an average school day this year.", DAY.format(pack.asOf()),
                pack.latesPerSchoolDay()))).append("</p>\n");
        if (edges.isEmpty()) {
            h.append("<p class=\"empty\">No break has ended yet this year.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"holidays\">\n<thead><tr><th scope=\"col\">Break</th><th scope=\"col\">Last day "
                + "before</th><th scope=\"col\" class=\"num\">Late marks</th><th scope=\"col\">First day after</th>"
                + "<th scope=\"col\" class=\"num\">Late marks</th></tr></thead>\n<tbody>\n");
        for (HolidayEdge edge : edges) {
            h.append("<tr><th scope=\"row\">").append(e(edge.breakName())).append("</th><td>")
                    .append(e(SHORT_DAY.format(edge.lastDayBefore()))).append("</td><td class=\"num\">")
                    .append(e(n(edge.latesBefore()))).append("</td><td>").append(e(SHORT_DAY.format(edge.firstDayAfter())))
                    .append("</td><td class=\"num\">").append(e(n(edge.latesAfter()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** "penalty notice: reached, 12 U (10)": a threshold in a table cell; section 5 has it in full. */
    private static String briefly(ThresholdStanding t) {
        String name = switch (t.threshold()) {
            case "penalty_notice" -> "penalty notice";
            case "persistent_late" -> "persistent late";
            default -> t.threshold().replace('_', ' ');
        };
        return name + ": " + t.level().word().replace('_', ' ') + ", " + t.count() + " U (limit " + t.limit() + ")";
    }

    private void section(String id, String heading) {
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(e(heading)).append("</h2>\n");
    }

    /** A pupil's cell: a label never wraps ("Pupil AB"); a name may. */
    private String who() {
        return labels.anonymised() ? "who nowrap" : "who";
    }

    private String pupils(long count) {
        return count == 1 && !labels.anonymised() ? "1 pupil" : n(count) + " pupils";
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm; }
            @page { @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #7b8794; } }
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; color: #1f2933; background: #fff;
                   font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif;
                   -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 4mm; }
            h2 { font-size: 15pt; margin: 0 0 3mm; padding-bottom: 1.5mm; border-bottom: 2px solid #b44d12;
                 break-after: avoid; page-break-after: avoid; }
            section { margin-top: 12mm; }
            .title-page { min-height: 240mm; display: flex; flex-direction: column; justify-content: center;
                          break-after: page; page-break-after: always; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9.5pt; color: #b44d12; margin: 0 0 3mm; }
            .subtitle { font-size: 16pt; margin: 0 0 10mm; color: #3e4c59; }
            .facts { margin: 0 0 10mm; border-top: 1px solid #cbd2d9; }
            .facts div { display: grid; grid-template-columns: 42mm 1fr; gap: 4mm; padding: 2mm 0;
                         border-bottom: 1px solid #cbd2d9; }
            .facts dt { font-weight: bold; }
            .facts dd { margin: 0; }
            .contents { columns: 2; color: #3e4c59; padding-left: 6mm; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-variant-numeric: tabular-nums; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 1px solid #e4e7eb; }
            thead th { border-bottom: 1.5px solid #1f2933; font-size: 9pt; color: #3e4c59; vertical-align: bottom; }
            tbody th { font-weight: normal; }
            .num { text-align: right; white-space: nowrap; }
            table.figures { width: auto; min-width: 60%; }
            table.figures td { min-width: 22mm; font-size: 11.5pt; }
            table.figures td:nth-child(2) { font-weight: bold; }
            table.pupils, table.standings { font-size: 8.8pt; }
            table.pupils th, table.pupils td { padding: 1.1mm 1.4mm; }
            tr.reached td, tr.reached th { background: #fbe9e0; }
            .who { font-weight: bold; }
            table.pupils td.stage { min-width: 38mm; }
            table.pupils td.limits { min-width: 34mm; }
            .nowrap { white-space: nowrap; }
            .id { display: block; font-weight: normal; color: #7b8794; font-size: 8pt; }
            .small { display: block; font-size: 8pt; color: #52606d; }
            td.small { display: table-cell; }
            .note { color: #52606d; font-size: 9.5pt; margin: 0 0 2mm; }
            .empty { font-style: italic; color: #52606d; }
            .glance, .settings { padding-left: 5mm; }
            figure { margin: 2mm 0 4mm; }
            figure svg { max-width: 100%; height: auto; display: block; }
            figcaption { font-size: 9pt; color: #52606d; margin-top: 2mm; }
            td svg { display: block; }
            .key { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 2mm; vertical-align: middle; }
            .key.group { background: #b44d12; }
            .key.rest { background: #d9cfc7; }
            footer.made { margin-top: 10mm; padding-top: 2mm; border-top: 1px solid #cbd2d9; font-size: 8.5pt; color: #7b8794; }
            @media print {
              body { padding: 0; max-width: none; }
              section { margin-top: 8mm; }
              #summary { margin-top: 0; }
              #pupils, #thresholds, #groups { margin-top: 0; break-before: page; page-break-before: always; }
              #reasons, #holidays, figure { break-inside: avoid; page-break-inside: avoid; }
            }
            """;
}
