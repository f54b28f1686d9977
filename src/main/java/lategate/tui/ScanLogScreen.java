package lategate.tui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lategate.app.scans.LoggedScan;
import lategate.app.scans.ScanLine;
import lategate.domain.register.TimeWords;

/**
 * The day's refused scans for the office: when, at which kiosk (and scanner), the code as it was
 * read and why it marked nothing; the pupil too, where the code was theirs (a replaced badge).
 */
final class ScanLogScreen {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);

    private ScanLogScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.ScanLog log, ZoneId zone) {
        int width = c.width() - 2;
        String day = width >= 50 ? TimeWords.DAY.format(log.day()) : SHORT_DAY.format(log.day());
        StaffFrame.draw(c, staff, "Scan log: " + day + " (" + log.scans().size() + " refused)",
                width >= 70 ? "Up/Down, PgUp/PgDn: scroll    Left/Right: day    Escape: menu"
                        : "Arrows: scroll, day   Esc: menu");
        StaffFrame.scrolled(c, lines(log, c.width(), zone), log.scroll());
    }

    /** How many lines the log shows on {@code rows} rows. */
    static int capacity(int rows) {
        return StaffFrame.capacity(rows);
    }

    /** Every line of the log at {@code columns} wide: each scan's time, kiosk and code, then why, wrapped. */
    static List<ScreenLine> lines(StaffScreen.ScanLog log, int columns, ZoneId zone) {
        int width = columns - 2;
        List<ScreenLine> lines = new ArrayList<>();
        if (log.scans().isEmpty()) {
            lines.add(ScreenLine.bold("No refused scans on this day: every scan signed a pupil in."));
            return lines;
        }
        for (ScanLine line : log.scans()) {
            LoggedScan s = line.scan();
            String where = s.kioskId() + s.scanner().map(sc -> " (" + sc + ")").orElse("");
            String code = "'" + s.code().orElse("") + "'";
            // A badge's refusal already quotes the code as read: it is said once.
            boolean quoted = s.why().orElse("").contains(code);
            String lead = TimeWords.CLOCK_SECONDS.format(s.at().atZone(zone)) + "  " + where + (quoted ? "" : "  " + code);
            String why = s.why().orElse("") + line.named().map(n -> " [" + n + "]").orElse("");
            if (width >= 80) {
                lines.addAll(ScreenLine.wrapped(lead + ": ", why, width, false));
            } else {
                lines.addAll(ScreenLine.wrapped("", lead, width, true));
                lines.addAll(ScreenLine.wrapped("  ", why, width, false));
            }
        }
        return lines;
    }
}
