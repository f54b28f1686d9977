package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lategate.app.LateBookEntry;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.TimeWords;

/** Amending one entry: the entry as it stands, the question on show and, before saving, the whole change. */
final class AmendScreen {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private AmendScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, AmendForm form, ZoneId zone) {
        LateBookEntry line = form.entry();
        SessionEntry e = line.entry();
        boolean checking = form.step() == AmendForm.Step.CHECK;
        StaffFrame.draw(c, staff, "Amend: " + line.givenName() + " " + line.familyName() + " (" + line.className()
                + "), " + e.register().name() + " " + DAY.format(e.date()),
                checking ? "Enter: save the change    Escape: back" : "Enter: next    Escape: back");
        int width = c.width() - 2;
        int row = StaffFrame.FIRST_ROW;
        row = StaffFrame.lines(c, row, Canvas.wrap("Now " + e.code().code() + ", arrived "
                + TimeWords.CLOCK.format(e.at().atZone(zone)) + ", reason: " + e.reason().orElse("(not given)"), width)
                .subList(0, 1));
        if (form.problem().isPresent()) {
            // First under the entry, so a refusal is read even where the screen has room for little else.
            List<String> problem = Canvas.wrap(form.problem().get(), width);
            row = StaffFrame.lines(c, row, c.height() < 20 ? problem.subList(0, Math.min(2, problem.size())) : problem,
                    SGR.BOLD, SGR.REVERSE);
        }
        if (checking) {
            List<String> change = new ArrayList<>();
            change.add("Code: " + e.code().code() + " -> " + form.amendedCode().code());
            change.add("Late reason: " + form.lateReason().orElse("(unchanged)"));
            change.add("Why: " + form.why());
            form.evidence().ifPresent(seen -> change.add("Evidence seen: " + seen));
            for (String text : change) {
                row = StaffFrame.lines(c, row, Canvas.wrap(text, width), SGR.BOLD);
            }
        } else {
            row = StaffFrame.lines(c, row, Canvas.wrap(question(form), width), SGR.BOLD);
            row = StaffFrame.lines(c, row, List.of(StaffFrame.row(c, "> " + form.typing() + "_")), SGR.BOLD,
                    SGR.REVERSE);
        }
    }

    private static String question(AmendForm form) {
        String now = form.entry().entry().code().code();
        return switch (form.step()) {
            case CODE -> "New code (e.g. M, L, U), or Enter to keep " + now + ":";
            case LATE_REASON -> "Late reason to set (e.g. Late bus), or Enter for none:";
            case WHY -> "Why the entry is changed (kept in the audit trail):";
            case EVIDENCE -> "What was seen for M (e.g. appointment card), or Enter for none:";
            case CHECK -> "";
        };
    }
}
