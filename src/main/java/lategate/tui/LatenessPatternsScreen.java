package lategate.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lategate.app.lateness.BlockSpan;
import lategate.app.lateness.GroupFigures;
import lategate.app.lateness.HolidayEdge;
import lategate.app.lateness.ReasonCount;

/**
 * Patterns for the lead (docs/domain.md, "Lateness tracking and thresholds"): the reasons pupils gave for the
 * block's late marks, lates on the last school day before and the first after each holiday
 * against the average school day, and each group of pupils against the rest of the school per
 * 100 pupils (SEND, pupil premium, free school meals, looked after, EAL, each year, each class).
 */
final class LatenessPatternsScreen {

    private static final int BAR_WIDTH = 24;

    private LatenessPatternsScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.LatenessPatterns patterns) {
        BlockSpan span = patterns.span();
        StaffFrame.draw(c, staff, "Patterns: block " + span.block().number() + ", school weeks "
                + span.block().firstWeek() + "-" + span.block().lastWeek() + " (" + LatenessTableScreen.DAY.format(
                span.firstSchoolDay()) + " to " + LatenessTableScreen.DAY.format(span.lastSchoolDay()) + ")",
                "Up/Down, PgUp/PgDn: scroll    Left/Right: other blocks    Escape: back");
        StaffFrame.scrolled(c, lines(patterns, c.width()), patterns.scroll());
    }

    /** The screen's lines at this width (the flow needs how many there are, to scroll). */
    static List<ScreenLine> lines(StaffScreen.LatenessPatterns p, int columns) {
        int width = columns - 2;
        List<ScreenLine> lines = new ArrayList<>();
        int block = p.span().block().number();
        lines.add(ScreenLine.bold("Reasons given for block " + block + "'s late marks (those that still stand):"));
        if (p.reasons().isEmpty()) {
            lines.add(ScreenLine.plain("  No late marks in the block so far."));
        }
        int most = p.reasons().stream().mapToInt(ReasonCount::count).max().orElse(1);
        for (ReasonCount r : p.reasons()) {
            int length = Math.max(1, (int) Math.round((double) BAR_WIDTH * r.count() / most));
            lines.add(ScreenLine.plain(String.format("  %-32s %4d  %s", Canvas.clip(r.reason(), 32), r.count(),
                    "█".repeat(length))));
        }
        lines.add(ScreenLine.plain(""));
        double average = p.latesPerSchoolDay();
        lines.addAll(ScreenLine.wrapped("", String.format(Locale.ROOT, "Before and after holidays, the year so far "
                + "(an average school day has %.1f late marks):", average), width, true));
        if (p.holidays().isEmpty()) {
            lines.add(ScreenLine.plain("  No holiday yet this year."));
        }
        for (HolidayEdge e : p.holidays()) {
            lines.addAll(ScreenLine.wrapped("  ", e.breakName() + ": last day before, "
                    + LatenessTableScreen.DAY.format(e.lastDayBefore()) + ", " + e.latesBefore() + times(e.latesBefore(),
                    average) + "; first day after, " + LatenessTableScreen.DAY.format(e.firstDayAfter()) + ", "
                    + e.latesAfter() + times(e.latesAfter(), average), width, false));
        }
        lines.add(ScreenLine.plain(""));
        lines.add(ScreenLine.bold("Groups against the rest of the school in block " + block
                + ", late marks per 100 pupils:"));
        lines.add(ScreenLine.bold(String.format("  %-22s %6s %9s %9s %9s %7s", "Group", "Pupils", "Were late",
                "Marks/100", "Rest/100", "Diff")));
        for (GroupFigures g : p.groups()) {
            if (g.pupils() == 0) {
                lines.add(ScreenLine.plain(String.format("  %-22s %6d   (nobody on roll in this group)",
                        Canvas.clip(g.group(), 22), 0)));
                continue;
            }
            double diff = g.perHundred() - g.restPerHundred();
            String line = String.format(Locale.ROOT, "  %-22s %6d %9d %9.1f %9.1f %+7.1f", Canvas.clip(g.group(), 22),
                    g.pupils(), g.latePupils(), g.perHundred(), g.restPerHundred(), diff);
            lines.add(g.restPerHundred() > 0 && g.perHundred() >= 1.5 * g.restPerHundred()
                    ? ScreenLine.bold(line + "  higher") : ScreenLine.plain(line));
        }
        lines.add(ScreenLine.plain("  (higher: one and a half times the rest of the school or more)"));
        return lines;
    }

    /** " (2.1 times the average)", or nothing when there is no average to compare with. */
    private static String times(int lates, double average) {
        return average <= 0 ? "" : String.format(Locale.ROOT, " (%.1f times the average)", lates / average);
    }
}
