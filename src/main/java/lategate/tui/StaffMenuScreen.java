package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.ArrayList;
import java.util.List;

/** The staff menu: one key each, every choice in words. */
final class StaffMenuScreen {

    private StaffMenuScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.Menu menu) {
        StaffFrame.draw(c, staff, "Staff menu: press a number", (menu.review() ? "1 to 8, R, B" : "1 to 4, 6 to 8, R, B")
                + ": choose    Escape: back to pupil mode");
        int row = StaffFrame.FIRST_ROW + 1;
        List<String> items = new ArrayList<>();
        items.add("1   Find a pupil (name or badge)");
        items.add("2   Who is off site now");
        items.add("3   Fire roll");
        items.add("4   Open claims (" + menu.openClaims() + ")");
        if (menu.review()) {
            items.add("5   Lateness review");
        }
        items.add("6   Late Book (Enter: amend)");
        items.add("7   Scan log (refused scans)");
        items.add("8   Late bus: amend a group");
        items.add("R   Reasons to collect (" + menu.reasonsToCollect() + ")");
        items.add("B   Late-bus mode at the gate");
        // Two columns where the screen is wide enough, so the lines under the menu (sync, scanners,
        // backups, the register check) still fit on an 80x24 screen.
        int widest = items.stream().mapToInt(String::length).max().orElse(0) + 3;
        boolean twoColumns = c.width() - 2 >= 2 * widest + 2;
        int perColumn = twoColumns ? (items.size() + 1) / 2 : items.size();
        for (int i = 0; i < perColumn; i++) {
            c.at(1, row, "   " + items.get(i), twoColumns ? widest : c.width() - 2, SGR.BOLD);
            if (twoColumns && i + perColumn < items.size()) {
                c.at(1 + widest + 2, row, "   " + items.get(i + perColumn), widest, SGR.BOLD);
            }
            row++;
        }
        if (menu.clock().isPresent()) {
            StaffScreen.ClockLine clock = menu.clock().get();
            if (clock.questioned()) {
                c.left(row++, "   0   " + clock.words(), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, "   0   " + clock.words(), SGR.BOLD);
            }
        }
        row++;
        c.left(row++, "   Escape   Back to pupil mode (you are signed out)");
        row++;
        c.left(row++, "   Badges scanned now are signed in as at the kiosk; the last lines say how.");
        row++;
        for (String line : Canvas.wrap(menu.sync(), c.width() - 6)) {
            c.left(row++, "   " + line);
        }
        for (String scanner : menu.scanners()) {
            for (String line : Canvas.wrap(scanner, c.width() - 6)) {
                if (row <= StaffFrame.lastRow(c)) {
                    c.left(row++, "   " + line);
                }
            }
        }
        for (String line : Canvas.wrap(menu.backup(), c.width() - 6)) {
            if (row <= StaffFrame.lastRow(c)) {
                c.left(row++, "   " + line);
            }
        }
        for (String line : Canvas.wrap(menu.register().words(), c.width() - 6)) {
            if (row <= StaffFrame.lastRow(c)) {
                if (menu.register().changed()) {
                    c.left(row++, "   " + line, SGR.BOLD, SGR.REVERSE);
                } else {
                    c.left(row++, "   " + line);
                }
            }
        }
    }
}
