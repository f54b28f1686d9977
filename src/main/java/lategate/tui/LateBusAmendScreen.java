package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import lategate.app.LateBookEntry;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.TimeWords;

/** A late bus: ticking the pupils, the questions, then who will change, by name and class, to confirm. */
final class LateBusAmendScreen {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private LateBusAmendScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, LateBusAmendForm form, ZoneId zone) {
        int width = c.width() - 2;
        String title = "Late bus, " + DAY.format(form.day());
        switch (form.step()) {
            case PICK -> pick(c, staff, form, title, width, zone);
            case PREVIEW -> preview(c, staff, form, title, width);
            default -> question(c, staff, form, title, width);
        }
    }

    private static void pick(Canvas c, KioskState.Staff staff, LateBusAmendForm form, String title, int width,
                             ZoneId zone) {
        StaffFrame.draw(c, staff, title + ": tick who was on it (" + form.tickedArrivals().size() + ")",
                width >= 76 ? "Up/Down  Space: tick  W: by kiosk and time  Enter: next  Escape: menu"
                        : "Space: tick  W: by time  Enter  Esc");
        int row = StaffFrame.FIRST_ROW;
        if (form.arrivals().isEmpty()) {
            c.left(row++, "No late arrivals today yet.", SGR.BOLD);
            c.left(row, "W: choose by kiosk and time instead.");
            return;
        }
        int last = StaffFrame.lastRow(c) - (form.problem().isPresent() ? 1 : 0);
        int rows = Math.max(1, last - row + 1);
        int first = StaffFrame.firstVisible(form.cursor(), form.arrivals().size(), rows);
        for (int i = first; i < form.arrivals().size() && row <= last; i++) {
            LateBookEntry line = form.arrivals().get(i);
            SessionEntry e = line.entry();
            String text = (form.ticked().get(i) ? "[x] " : "[ ] ") + TimeWords.CLOCK.format(e.at().atZone(zone)) + " "
                    + line.givenName() + " " + line.familyName() + " (" + line.className() + ") "
                    + e.register().name() + " " + e.code().code()
                    + e.arrival().map(a -> " " + a.kioskId()).orElse("");
            if (i == form.cursor()) {
                c.left(row++, StaffFrame.row(c, text), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, text);
            }
        }
        form.problem().ifPresent(p -> c.left(StaffFrame.lastRow(c), p, SGR.BOLD, SGR.REVERSE));
    }

    private static void question(Canvas c, KioskState.Staff staff, LateBusAmendForm form, String title, int width) {
        StaffFrame.draw(c, staff, title, "Enter: next    Escape: back");
        int row = StaffFrame.FIRST_ROW;
        String chosen = form.byWindow() ? "At kiosk " + form.kiosk().get()
                + form.from().map(f -> " from " + f).orElse("") + form.to().map(t -> " to " + t).orElse("")
                : form.tickedArrivals().size() + " pupils ticked";
        row = StaffFrame.lines(c, row, List.of(chosen));
        String question = switch (form.step()) {
            case KIOSK -> "Which kiosk did they sign in at?";
            case FROM -> "First arrival time (HH:MM):";
            case TO -> "Last arrival time (HH:MM):";
            case LATE_REASON -> "Late reason to set (e.g. Late bus), or Enter for none:";
            case WHY -> "Why (e.g. bus company confirmed the delay):";
            default -> "";
        };
        row = StaffFrame.lines(c, row, Canvas.wrap(question, width), SGR.BOLD);
        row = StaffFrame.lines(c, row, List.of(StaffFrame.row(c, "> " + form.typing() + "_")), SGR.BOLD, SGR.REVERSE);
        if (form.problem().isPresent()) {
            StaffFrame.lines(c, row, Canvas.wrap(form.problem().get(), width), SGR.BOLD, SGR.REVERSE);
        }
    }

    private static void preview(Canvas c, KioskState.Staff staff, LateBusAmendForm form, String title, int width) {
        int n = form.preview().size();
        StaffFrame.draw(c, staff, title + ": " + n + (n == 1 ? " pupil" : " pupils") + " will change",
                width >= 60 ? "Enter: amend them all    Up/Down: scroll    Escape: back"
                        : "Enter: amend all   Esc: back");
        int row = StaffFrame.FIRST_ROW;
        c.left(row++, "Nothing is written until you press Enter:", SGR.BOLD);
        int last = StaffFrame.lastRow(c) - (form.problem().isPresent() ? 1 : 0);
        for (int i = form.scroll(); i < n && row <= last; i++) {
            c.left(row++, form.preview().get(i));
        }
        if (form.scroll() + (last - StaffFrame.FIRST_ROW) < n) {
            c.right(StaffFrame.lastRow(c) + 1, "(more below: Down)");
        }
        form.problem().ifPresent(p -> c.left(StaffFrame.lastRow(c), p, SGR.BOLD, SGR.REVERSE));
    }
}
