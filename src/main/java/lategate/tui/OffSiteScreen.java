package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import lategate.app.movement.Movements;

/**
 * Who is off site now: name, class, since, reason, collected by, expected back. An overdue
 * return says OVERDUE and is in reverse video, never marked by colour alone.
 */
final class OffSiteScreen {

    private OffSiteScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.OffSite off, ZoneId zone) {
        StaffFrame.draw(c, staff, "Who is off site now (" + off.offSite().size() + "), at "
                + PupilPageScreen.time(off.at(), zone), "Up/Down: choose    Enter: pupil page    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        if (off.offSite().isEmpty()) {
            c.left(row, "Nobody is off site: everyone signed in today is on site.", SGR.BOLD);
            return;
        }
        int capacity = (StaffFrame.lastRow(c) - row + 1) / 2;
        int first = StaffFrame.firstVisible(off.selected(), off.offSite().size(), capacity);
        for (int i = first; i < off.offSite().size() && row + 1 <= StaffFrame.lastRow(c); i++) {
            Movements.OffSite o = off.offSite().get(i);
            var out = o.signOut();
            String line = String.format("%s %-28s %-5s since %s  %s", i == off.selected() ? ">" : " ",
                    o.pupil().fullName(), o.pupil().className(), PupilPageScreen.time(out.at(), zone),
                    out.expectedBack().map(t -> (o.overdue() ? "OVERDUE, expected " : "back ")
                            + PupilPageScreen.time(t, zone)).orElse("no return time"));
            String detail = "     " + out.code().code() + " " + out.reason() + "; collected by "
                    + out.collection().collectorName() + " (" + out.collection().relationship() + ")";
            if (o.overdue()) {
                c.left(row++, StaffFrame.row(c, line), SGR.BOLD, SGR.REVERSE);
            } else if (i == off.selected()) {
                c.left(row++, line, SGR.BOLD);
            } else {
                c.left(row++, line);
            }
            c.left(row++, detail);
        }
    }
}
