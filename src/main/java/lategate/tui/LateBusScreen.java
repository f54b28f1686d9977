package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import lategate.domain.register.TimeWords;

/** Late-bus mode: the late bus running, if any, and the form to declare one (route, then until when). */
final class LateBusScreen {

    private LateBusScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.LateBusForm form, ZoneId zone) {
        StaffFrame.draw(c, staff, "Late-bus mode", form.onUntil() ? "Enter: start late-bus mode    Escape: back"
                : "Enter: next    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        if (form.running().isPresent()) {
            var bus = form.running().get();
            java.util.List<String> running = Canvas.wrap("Running now: " + bus.words(zone) + ", declared by "
                    + bus.declaredBy().name() + " at " + TimeWords.CLOCK.format(bus.declaredAt().atZone(zone))
                    + ". A new one replaces it.", c.width() - 2);
            // The two fields always fit: on a small screen the running bus takes what rows are left.
            int room = Math.max(1, StaffFrame.lastRow(c) - row - 1);
            row = StaffFrame.lines(c, row, running.subList(0, Math.min(room, running.size())), SGR.BOLD, SGR.REVERSE);
            if (StaffFrame.lastRow(c) - row >= 3) {
                row++;
            }
        }
        c.left(row++, "Route or reason: " + form.route() + (form.onUntil() ? "" : "_"),
                form.onUntil() ? new SGR[] {SGR.BOLD} : new SGR[] {SGR.BOLD, SGR.REVERSE});
        if (row <= StaffFrame.lastRow(c)) {
            c.left(row++, "Until (HH:MM):   " + form.until() + (form.onUntil() ? "_" : ""),
                    form.onUntil() ? new SGR[] {SGR.BOLD, SGR.REVERSE} : new SGR[] {SGR.BOLD});
        }
        row++;
        row = StaffFrame.lines(c, row, Canvas.wrap("While it runs, a late pupil who scans has the bus as their "
                + "reason: no reason picker and no consequence. The mark stays L or U as the register rules say. "
                + "It ends by itself at the time given.", c.width() - 2));
        if (form.problem().isPresent() && row <= StaffFrame.lastRow(c)) {
            c.left(row, form.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
    }
}
