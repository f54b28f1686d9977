package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.app.LateBookEntry;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;

/**
 * The fire roll at once: the late pupils on site, each with a tick staff set as they find them, who
 * ticked and when (the count found shown), then everyone off site, who are not in the building.
 */
final class FireRollScreen {

    /** Below this many columns a pupil's line drops its padding so the tick's words stay on screen. */
    private static final int NARROW = 70;

    private FireRollScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.RollCall roll, ZoneId zone) {
        FireRoll.Call call = roll.call();
        String started = call.started().map(s -> "FIRE ROLL started " + PupilPageScreen.time(s.at(), zone) + " by "
                + s.by().name()).orElse("FIRE ROLL at " + PupilPageScreen.time(roll.at(), zone));
        StaffFrame.draw(c, staff, started + ": late arrivals on site, then everyone off site",
                "Up/Down: move  Space: tick  P: print  C: close roll  Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        List<LateBookEntry> late = roll.roll().lateOnSite();
        c.left(row++, " Found " + roll.tickedCount() + " of " + late.size() + (narrow(c) ? " late, on site "
                : " signed in late and on site "), SGR.BOLD, SGR.REVERSE);
        // Narrow screens keep the tick and who made it in view: the name is not padded, the time in is left out.
        boolean narrow = narrow(c);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < late.size(); i++) {
            LateBookEntry e = late.get(i);
            String id = e.entry().pupilId();
            String who = call.tick(id).map(t -> (t.found() ? "found " : "unticked ")
                    + PupilPageScreen.time(t.at(), zone) + " " + t.by().name()).orElse("");
            String name = e.givenName() + " " + e.familyName();
            lines.add((narrow ? String.format("%s[%s] %s %s %s", i == roll.cursor() ? ">" : " ",
                    call.found(id) ? "x" : " ", e.className(), name, who)
                    : String.format("%s [%s] %-6s %-26s in %s  %s", i == roll.cursor() ? ">" : " ",
                    call.found(id) ? "x" : " ", e.className(), name, PupilPageScreen.time(e.entry().at(), zone), who))
                    .stripTrailing());
        }
        if (late.isEmpty()) {
            lines.add("  Nobody signed in late today is on site.");
        }
        lines.add("");
        lines.add("Off site, not in the building (" + roll.roll().offSite().size() + "):");
        for (Movements.OffSite o : roll.roll().offSite()) {
            lines.add(String.format("       %-6s %-26s out since %s, %s%s", o.pupil().className(),
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

    private static boolean narrow(Canvas c) {
        return c.width() < NARROW;
    }
}
