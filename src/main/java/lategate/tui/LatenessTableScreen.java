package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.BlockSpan;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageProposal;
import lategate.domain.lateness.PenaltyNoticeThreshold;
import lategate.domain.lateness.ThresholdStanding;

/**
 * The attendance lead's block table: every pupil late in the block or carrying a stage into it,
 * most concerning first (threshold reached, approaching, stage rising, biggest rise), with L, U,
 * minutes late, the change from the block before, a bar of late marks per block and the concern
 * in words. Under it, the selected pupil's proposal, decision and thresholds in full sentences,
 * or the override being made.
 */
final class LatenessTableScreen {

    /** "Fri 27 Nov". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    /** Rows under the table for the selected pupil, or the override. */
    private static final int DETAIL_ROWS = 5;
    /** Bars of late marks per block: one mark to eight or more; a block with none is a dot. */
    private static final char[] BARS = {'·', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private LatenessTableScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.LatenessTable table) {
        BlockReview review = table.review();
        BlockSpan span = review.span();
        int number = span.block().number();
        StaffFrame.draw(c, staff, "Lateness review: block " + number + " of " + table.blockCount() + ", school weeks "
                + span.block().firstWeek() + "-" + span.block().lastWeek() + " (" + DAY.format(span.firstSchoolDay())
                + " to " + DAY.format(span.lastSchoolDay()) + ")", keys(table));
        int row = StaffFrame.FIRST_ROW;
        String state = state(review);
        c.left(row, state);
        String hint = "Left/Right: other blocks";
        if (table.blocks().size() > 1 && state.length() + hint.length() + 4 <= c.width()) {
            c.right(row, hint);
        }
        row++;
        List<BlockRow> rows = review.rows();
        if (rows.isEmpty()) {
            c.left(row + 1, "Nobody was late in block " + number + " so far, and nobody carries a stage into it.",
                    SGR.BOLD);
            detail(c, table);
            return;
        }
        Columns cols = new Columns(c.width() - 2, Math.max(6, number));
        c.left(row++, cols.header(), SGR.BOLD);
        int lastTableRow = StaffFrame.lastRow(c) - detailRows(c, table) - 1;
        int capacity = Math.max(1, lastTableRow - row + 1);
        int first = StaffFrame.firstVisible(table.selected(), rows.size(), capacity);
        for (int i = first; i < rows.size() && row <= lastTableRow; i++) {
            BlockRow r = rows.get(i);
            String line = cols.line(i == table.selected(), r);
            if (i == table.selected()) {
                c.left(row++, StaffFrame.row(c, line), SGR.BOLD, SGR.REVERSE);
            } else if (r.thresholdReached() || r.awaitingDecision()) {
                c.left(row++, line, SGR.BOLD);
            } else {
                c.left(row++, line);
            }
        }
        if (first > 0) {
            c.right(StaffFrame.FIRST_ROW + 1, "(" + first + " above)");
        }
        int below = rows.size() - first - capacity;
        if (below > 0) {
            c.right(lastTableRow + 1, "(" + below + " more below)");
        }
        detail(c, table);
    }

    private static String keys(StaffScreen.LatenessTable table) {
        if (table.overriding().isPresent()) {
            return table.overriding().get().stage().isEmpty() ? "0 to 5: the stage    Escape: cancel"
                    : "Type why, then Enter: record    Escape: cancel";
        }
        if (table.decidable()) {
            return "Enter: pupil  C: confirm  O: override  H: heatmap  P: patterns  Escape: menu";
        }
        return "Up/Down, Enter: pupil page    H: heatmap    P: patterns    Escape: menu";
    }

    /** The block's state in a line: ended or not, and what awaits the lead. */
    private static String state(BlockReview review) {
        String pupils = review.rows().size() + (review.rows().size() == 1 ? " pupil" : " pupils");
        if (!review.hasLadder()) {
            return pupils + ". No staged letters in the settings";
        }
        if (review.waitingForBlockEnd()) {
            return pupils + ". Stages are proposed at its end, " + DAY.format(review.span().lastSchoolDay());
        }
        if (!review.stagesDue()) {
            return pupils + ". " + review.nextStageReview().map(n -> Character.toUpperCase(n.charAt(0))
                    + n.substring(1)).orElse("");
        }
        long awaiting = review.rows().stream().filter(BlockRow::awaitingDecision).count();
        return pupils + ". Ended: " + (awaiting == 0 ? "no change awaits a decision"
                : awaiting + (awaiting == 1 ? " change awaits" : " changes await") + " your decision");
    }

    /**
     * Rows under the table for the selected pupil: five, fewer on a short screen so the block's line, the
     * header and a row of the table still show; while an override is typed, the two its prompt needs.
     */
    private static int detailRows(Canvas c, StaffScreen.LatenessTable table) {
        int spare = StaffFrame.lastRow(c) - StaffFrame.FIRST_ROW - 4;
        return Math.min(DETAIL_ROWS, Math.max(table.overriding().isPresent() ? 2 : 0, spare));
    }

    /** Under the table: the selected pupil in sentences, or the override being made; then any problem. */
    private static void detail(Canvas c, StaffScreen.LatenessTable table) {
        int detailRows = detailRows(c, table);
        int top = StaffFrame.lastRow(c) - detailRows + 1;
        int width = c.width() - 2;
        List<ScreenLine> lines = new ArrayList<>();
        List<ScreenLine> prompt = new ArrayList<>();
        if (table.overriding().isPresent()) {
            StaffScreen.StageOverride o = table.overriding().get();
            StageProposal p = o.row().proposal().orElseThrow();
            lines.addAll(ScreenLine.wrapped("", "Override for " + o.row().pupil().fullName() + ", block "
                    + p.block().number() + ": proposed " + p.to().words() + " (from " + p.from().words() + ").", width,
                    true));
            if (o.stage().isEmpty()) {
                prompt.add(ScreenLine.bold("Press 0 to 5 for the stage to decide (0 takes them off the ladder)."));
            } else {
                prompt.add(ScreenLine.bold("Decide " + o.stage().get().words() + ". Why? Type the reason, then Enter:"));
                prompt.add(ScreenLine.standsOut("> " + o.why() + "_"));
            }
        } else if (table.selectedRow().isPresent()) {
            lines.addAll(ScreenLine.wrapped("", about(table.selectedRow().get()), width, false));
        }
        List<ScreenLine> problem = table.problem().map(p -> ScreenLine.wrapped("", p, width, true, true))
                .orElse(List.of());
        problem = problem.subList(0, Math.min(2, problem.size()));
        // What to type into always shows; the sentences above it get the rows left.
        int room = detailRows - problem.size() - prompt.size();
        int row = top;
        for (int i = 0; i < lines.size() && i < room; i++) {
            lines.get(i).draw(c, row++);
        }
        for (ScreenLine line : prompt) {
            line.draw(c, row++);
        }
        row = StaffFrame.lastRow(c) - problem.size() + 1;
        for (ScreenLine line : problem) {
            line.draw(c, row++);
        }
    }

    /** The selected pupil: the proposal and its sentence, the decision, and each threshold in words. */
    static String about(BlockRow r) {
        List<String> parts = new ArrayList<>();
        String who = r.pupil().fullName() + " (" + r.pupil().id() + ")";
        if (r.decision().isPresent()) {
            StageDecision d = r.decision().get();
            parts.add(who + ": " + d.from().words() + " -> " + LatenessKeys.decisionWords(d) + ".");
        } else if (r.proposal().isPresent()) {
            StageProposal p = r.proposal().get();
            parts.add(who + ": " + (p.isChange() ? "proposed " + p.from().words() + " -> " + p.to().words()
                    : "no change proposed, " + p.to().words()) + ". " + sentence(p.explanation()));
        } else {
            parts.add(who + r.stage().filter(s -> s.onLadder()).map(s -> ", " + s.words()).orElse("") + ".");
        }
        for (ThresholdStanding t : r.thresholds()) {
            parts.add(sentence(standing(t)));
        }
        // What the count leaves out, last: on a small screen the sentences above come first.
        if (r.thresholds().stream().anyMatch(t -> t.threshold().equals("penalty_notice"))) {
            parts.add("Penalty notice: " + PenaltyNoticeThreshold.COUNTS + ".");
        }
        return String.join(" ", parts);
    }

    /** "penalty notice threshold reached: 10 in school weeks 3-12 (threshold 10)". */
    static String standing(ThresholdStanding t) {
        return t.words() + ": " + t.count() + " in " + t.weeks() + " (threshold " + t.limit() + ")";
    }

    private static String sentence(String words) {
        String s = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /** The bar of late marks per block: one character a block. */
    static String bar(List<Integer> marks) {
        StringBuilder bar = new StringBuilder();
        for (int m : marks) {
            bar.append(BARS[Math.max(0, Math.min(BARS.length - 1, m))]);
        }
        return bar.toString();
    }

    /**
     * The concern in a few words: the most serious threshold (reached in capitals), then the
     * stage proposed or decided. The sentences under the table give every threshold in full.
     */
    static String concern(BlockRow r) {
        List<String> words = new ArrayList<>();
        r.thresholds().stream().filter(t -> t.level() != ThresholdStanding.Level.BELOW_COMPULSORY_AGE)
                .min(java.util.Comparator
                .comparing((ThresholdStanding t) -> t.level() != ThresholdStanding.Level.REACHED)
                .thenComparing(t -> !t.threshold().equals("penalty_notice")))
                .ifPresent(t -> {
                    String name = t.threshold().equals("penalty_notice") ? "penalty notice" : "persistent late";
                    words.add(t.level() == ThresholdStanding.Level.REACHED ? name.toUpperCase(Locale.ROOT)
                            : "near " + name.substring(0, name.indexOf(' ')));
                });
        if (r.decision().isPresent()) {
            StageDecision d = r.decision().get();
            words.add(d.kind().word() + " " + d.decided().number());
        } else if (r.proposal().filter(StageProposal::isChange).isPresent()) {
            StageProposal p = r.proposal().get();
            words.add("proposed " + p.from().number() + "→" + p.to().number());
        } else if (r.stage().filter(s -> s.onLadder()).isPresent()) {
            words.add("stage " + r.stage().get().number());
        }
        return String.join(", ", words);
    }

    /** The table's columns at this width: the name column and the concern grow with the terminal. */
    private static final class Columns {
        private final int name;
        private final int bars;

        Columns(int width, int bars) {
            this.bars = bars;
            this.name = Math.max(16, Math.min(28, 16 + (width - 78) / 6));
        }

        String header() {
            // "Class" is one wider than the column: it takes the space before L.
            return String.format("  %-" + name + "s %-5s%2s%3s%5s%4s  %-" + bars + "s  %s", "Pupil", "Class", "L",
                    "U", "Min", "Chg", "Blocks", "Concern");
        }

        String line(boolean selected, BlockRow r) {
            BlockTally t = r.tally();
            String change = t.change().isEmpty() ? "" : (t.change().getAsInt() > 0 ? "+" : "")
                    + t.change().getAsInt();
            return String.format("%s %-" + name + "s %-4s%3d%3d%5d%4s  %-" + bars + "s  %s", selected ? ">" : " ",
                    Canvas.clip(r.pupil().fullName(), name), Canvas.clip(r.pupil().className(), 4), t.lateL(),
                    t.lateU(), t.minutesLate(), change, bar(r.lateMarksPerBlock()), concern(r));
        }
    }
}
