package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.app.LateBookEntry;
import lategate.app.movement.Movements;

/**
 * The fire roll at once: the late pupils on site, each with a tick staff set as they find them
 * (the count found shown), then everyone off site, who are not in the building.
 */
final class FireRollScreen {

    private FireRollScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.RollCall roll, ZoneId zone) {
        StaffFrame.draw(c, staff, "FIRE ROLL at " + PupilPageScreen.time(roll.at(), zone)
                + ": late arrivals on site, then everyone off site", "Up/Down: move    Space: tick    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        List<LateBookEntry> late = roll.roll().lateOnSite();
        c.left(row++, " Found " + roll.tickedCount() + " of " + late.size() + " signed in late and on site ",
                SGR.BOLD, SGR.REVERSE);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < late.size(); i++) {
            LateBookEntry e = late.get(i);
            lines.add(String.format("%s [%s] %-6s %-30s in at %s", i == roll.cursor() ? ">" : " ",
                    roll.ticked().get(i) ? "x" : " ", e.className(), e.givenName() + " " + e.familyName(),
                    PupilPageScreen.time(e.entry().at(), zone)));
        }
        if (late.isEmpty()) {
            lines.add("  Nobody signed in late today is on site.");
        }
        lines.add("");
        lines.add("Off site, not in the building (" + roll.roll().offSite().size() + "):");
        for (Movements.OffSite o : roll.roll().offSite()) {
            lines.add(String.format("       %-6s %-30s out since %s, %s%s", o.pupil().className(),
                    o.pupil().fullName(), PupilPageScreen.time(o.signOut().at(), zone),
                    o.signOut().collection().collectorName(), o.overdue() ? ", OVERDUE" : ""));
        }
        int capacity = StaffFrame.lastRow(c) - row + 1;
        int first = StaffFrame.firstVisible(roll.cursor(), lines.size(), capacity);
        for (int i = first; i < lines.size() && row <= StaffFrame.lastRow(c); i++) {
            if (i < late.size() && i == roll.cursor()) {
                c.left(row++, StaffFrame.row(c, lines.get(i)), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, lines.get(i));
            }
        }
    }
}
