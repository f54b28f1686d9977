package lategate.tui;

import com.googlecode.lanterna.SGR;

/** The staff menu: one key each, every choice in words. */
final class StaffMenuScreen {

    private StaffMenuScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.Menu menu) {
        StaffFrame.draw(c, staff, "Staff menu: press a number", (menu.review() ? "1 to 8, R, B" : "1 to 4, 6 to 8, R, B")
                + ": choose    Escape: back to pupil mode");
        int row = StaffFrame.FIRST_ROW + 1;
        c.left(row++, "   1   Find a pupil (type part of a name, or scan a badge)", SGR.BOLD);
        c.left(row++, "   2   Who is off site now", SGR.BOLD);
        c.left(row++, "   3   Fire roll", SGR.BOLD);
        c.left(row++, "   4   Open claims (" + menu.openClaims() + ")", SGR.BOLD);
        c.left(row++, "   R   Reasons to collect (" + menu.reasonsToCollect() + ")", SGR.BOLD);
        c.left(row++, "   B   Late-bus mode (a late bus's pupils skip the reason picker)", SGR.BOLD);
        if (menu.review()) {
            c.left(row++, "   5   Lateness review (blocks, stages, heatmap, patterns)", SGR.BOLD);
        }
        c.left(row++, "   6   Late Book (Enter on a row: amend)", SGR.BOLD);
        c.left(row++, "   7   Scan log (refused scans)", SGR.BOLD);
        c.left(row++, "   8   Late bus (amend a group's late arrivals)", SGR.BOLD);
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
