package lategate.tui;

import com.googlecode.lanterna.SGR;

/** The staff menu: one key each, every choice in words. */
final class StaffMenuScreen {

    private StaffMenuScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.Menu menu) {
        StaffFrame.draw(c, staff, "Staff menu: press a number", (menu.review() ? "1 to 5, R, B" : "1 to 4, R, B")
                + ": choose    Escape: back to pupil mode");
        java.util.List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("1", "Find a pupil (type part of a name, or scan a badge)", "Find a pupil", false));
        choices.add(new Choice("2", "Who is off site now", "Off site now", false));
        choices.add(new Choice("3", "Fire roll", "Fire roll", false));
        choices.add(new Choice("4", "Open claims (" + menu.openClaims() + ")", "Claims (" + menu.openClaims() + ")",
                false));
        choices.add(new Choice("R", "Reasons to collect (" + menu.reasonsToCollect() + ")",
                "Reasons (" + menu.reasonsToCollect() + ")", false));
        choices.add(new Choice("B", "Late-bus mode (a late bus's pupils skip the reason picker)", "Late bus", false));
        if (menu.review()) {
            choices.add(new Choice("5", "Lateness review (blocks, stages, heatmap, patterns)", "Lateness", false));
        }
        if (menu.clock().isPresent()) {
            StaffScreen.ClockLine clock = menu.clock().get();
            choices.add(new Choice("0", clock.words(), clock.questioned() ? "CLOCK IN QUESTION" : "Kiosk clock",
                    clock.questioned()));
        }
        int row = StaffFrame.FIRST_ROW + 1;
        if (row + choices.size() + 1 > StaffFrame.lastRow(c)) {
            compact(c, choices);
            return;
        }
        for (Choice choice : choices) {
            if (choice.standsOut()) {
                c.left(row++, "   " + choice.key() + "   " + choice.words(), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, "   " + choice.key() + "   " + choice.words(), SGR.BOLD);
            }
        }
        row++;
        c.left(row++, "   Escape   Back to pupil mode (you are signed out)");
        row++;
        if (row <= StaffFrame.lastRow(c)) {
            c.left(row++, "   Badges scanned now are signed in as at the kiosk; the last lines say how.");
        }
        row++;
        for (String line : Canvas.wrap(menu.sync(), c.width() - 6)) {
            if (row <= StaffFrame.lastRow(c)) {
                c.left(row++, "   " + line);
            }
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

    /** One choice: its key, its words, and the few words it keeps on a small screen. */
    private record Choice(String key, String words, String brief, boolean standsOut) {
    }

    /**
     * On a screen too short for a choice a line, every choice still shows: in two columns of a few words
     * each, from the row under the title to the row above the status; the lines about sync and the
     * register wait for a larger screen.
     */
    private static void compact(Canvas c, java.util.List<Choice> choices) {
        int top = StaffFrame.FIRST_ROW - 1;
        int rows = Math.max(1, StaffFrame.lastRow(c) + 1 - top + 1);
        int columns = (choices.size() + rows - 1) / rows;
        int perColumn = (choices.size() + columns - 1) / columns;
        int width = (c.width() - 2) / columns;
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String text = Canvas.clip(choice.key() + " " + choice.brief(), width - 1);
            int row = top + i % perColumn;
            int column = 1 + (i / perColumn) * width;
            if (choice.standsOut()) {
                c.at(column, row, text, SGR.BOLD, SGR.REVERSE);
            } else {
                c.at(column, row, text, SGR.BOLD);
            }
        }
    }
}
