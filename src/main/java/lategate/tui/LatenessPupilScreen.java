package lategate.tui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.RecordedArrival;
import lategate.app.lateness.PupilPage;
import lategate.domain.audit.Amendment;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.PenaltyNoticeThreshold;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.pupil.Pupil;

/**
 * One pupil's year of lateness for the lead: their stage and every decision on it, the
 * thresholds they are at or near, late marks per block as bars, each late arrival with the
 * sentence the register rules gave, the reason and the code it stands as now, and amendments.
 */
final class LatenessPupilScreen {

    private static final int BAR_WIDTH = 30;

    private LatenessPupilScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.LatenessPupil page, boolean ladder, ZoneId zone) {
        Pupil p = page.page().pupil();
        StaffFrame.draw(c, staff, p.fullName() + " (" + p.id() + "), Year " + p.year() + ", class " + p.className()
                + ": lateness this year", "Up/Down, PgUp/PgDn: scroll    Escape: back to the table");
        StaffFrame.scrolled(c, lines(page.page(), ladder, c.width(), zone), page.scroll());
    }

    /** The page's lines at this width (the flow needs how many there are, to scroll). */
    static List<ScreenLine> lines(PupilPage page, boolean ladder, int columns, ZoneId zone) {
        int width = columns - 2;
        List<ScreenLine> lines = new ArrayList<>();
        if (ladder) {
            lines.add(ScreenLine.bold("Stage now: " + page.stage().words()
                    + (page.decisions().isEmpty() ? " (no decision yet)" : "")));
            for (StageDecision d : page.decisions()) {
                lines.addAll(ScreenLine.wrapped("  block " + d.block().number() + ": ", d.from().words() + " -> "
                        + d.decided().words() + ", " + d.kind().word()
                        + (d.kind() == StageDecision.Kind.OVERRIDDEN ? " (proposed " + d.proposed().words() + ")" : "")
                        + " by " + d.by() + " on " + LatenessTableScreen.DAY.format(d.at().atZone(zone))
                        + d.why().map(w -> ": " + w).orElse(""), width, false));
            }
        }
        if (page.thresholds().isEmpty()) {
            lines.add(ScreenLine.plain("Thresholds: none reached or near."));
        }
        for (ThresholdStanding t : page.thresholds()) {
            lines.addAll(ScreenLine.wrapped("Threshold: ", LatenessTableScreen.standing(t), width, true,
                    t.level() == ThresholdStanding.Level.REACHED));
            // What the count leaves out, under the penalty notice standing (the CLI report says more).
            if (t.threshold().equals("penalty_notice")) {
                lines.addAll(ScreenLine.wrapped("           ", "(" + PenaltyNoticeThreshold.COUNTS + ")", width,
                        false));
            }
        }
        lines.add(ScreenLine.plain(""));
        lines.add(ScreenLine.bold("Late marks per block (L and U as they stand now):"));
        List<Integer> marks = page.lateMarksPerBlock();
        int highest = Math.max(1, marks.stream().mapToInt(Integer::intValue).max().orElse(0));
        for (int i = 0; i < marks.size(); i++) {
            Block block = new Block(i + 1);
            int m = marks.get(i);
            int length = m == 0 ? 0 : Math.max(1, (int) Math.round((double) BAR_WIDTH * m / highest));
            lines.add(ScreenLine.plain(String.format("  Block %-2d weeks %-5s %3d  %s", block.number(),
                    block.firstWeek() + "-" + block.lastWeek(), m, "█".repeat(length))));
        }
        lines.add(ScreenLine.plain(""));
        List<PupilPage.PupilArrival> arrivals = page.arrivals();
        lines.add(ScreenLine.bold(arrivals.isEmpty() ? "No late arrivals this year."
                : (arrivals.size() == 1 ? "1 late arrival" : arrivals.size() + " late arrivals")
                + " this year, each with the sentence the register rules gave:"));
        for (PupilPage.PupilArrival a : arrivals) {
            SessionEntry entry = a.entry().entry();
            String code = entry.originalCode().code();
            String stands = entry.changed() ? ", now " + entry.code().code() : "";
            lines.add(ScreenLine.plain(String.format("  %-11s %s %-10s%s%s, %s min   Reason: %s",
                    LatenessTableScreen.DAY.format(entry.date()), PupilPageScreen.time(entry.at(), zone),
                    entry.register().words(), code, stands,
                    entry.minutesLate().isPresent() ? String.valueOf(entry.minutesLate().getAsLong()) : "no",
                    a.entry().reasonLabel().orElse("not given"))));
            lines.addAll(ScreenLine.wrapped("      ", entry.arrival().map(RecordedArrival::explanation)
                    .orElse(entry.explanation()), width, false));
        }
        if (!page.amendments().isEmpty()) {
            lines.add(ScreenLine.plain(""));
            lines.add(ScreenLine.bold("Amendments:"));
            for (Amendment m : page.amendments()) {
                lines.addAll(ScreenLine.wrapped("  ", LatenessTableScreen.DAY.format(m.schoolDate()) + " "
                        + m.register().words() + ": " + m.original().code() + " -> " + m.amended().code() + " by "
                        + m.by() + ": " + m.reason() + m.evidence().map(e -> " (" + e + ")").orElse(""), width, false));
            }
        }
        return lines;
    }
}
