package lategate.tui;

import com.googlecode.lanterna.SGR;

/** The staff menu: one key each, every choice in words. */
final class StaffMenuScreen {

    private StaffMenuScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.Menu menu) {
        StaffFrame.draw(c, staff, "Staff menu: press a number", (menu.review() ? "1 to 8, R, B" : "1 to 4, 6 to 8, R, B")
                + ": choose    Escape: back to pupil mode");
        java.util.List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("1", "Find a pupil (name or badge)", "Find a pupil", false));
        choices.add(new Choice("2", "Who is off site now", "Off site now", false));
        choices.add(new Choice("3", "Fire roll", "Fire roll", false));
        choices.add(new Choice("4", "Open claims (" + menu.openClaims() + ")", "Claims (" + menu.openClaims() + ")",
                false));
        if (menu.review()) {
            choices.add(new Choice("5", "Lateness review", "Lateness", false));
        }
        choices.add(new Choice("6", "Late Book (Enter: amend)", "Late Book", false));
        choices.add(new Choice("7", "Scan log (refused scans)", "Scan log", false));
        choices.add(new Choice("8", "Late bus: amend a group", "Amend bus", false));
        choices.add(new Choice("R", "Reasons to collect (" + menu.reasonsToCollect() + ")",
                "Reasons (" + menu.reasonsToCollect() + ")", false));
        choices.add(new Choice("B", "Late-bus mode at the gate", "Bus mode", false));
        java.util.Optional<Choice> clock = menu.clock().map(line -> new Choice("0", line.words(),
                line.questioned() ? "CLOCK IN QUESTION" : "Kiosk clock", line.questioned()));
        // Two columns where the screen is wide enough, so the lines under the menu (sync, scanners,
        // backups, the register check) still fit on an 80x24 screen; the clock's line is long and
        // keeps a line of its own.
        int widest = choices.stream().mapToInt(ch -> line(ch).length()).max().orElse(0);
        boolean twoColumns = c.width() - 2 >= 2 * widest + 2;
        int lines = (twoColumns ? (choices.size() + 1) / 2 : choices.size()) + (clock.isPresent() ? 1 : 0);
        int row = StaffFrame.FIRST_ROW + 1;
        if (row + lines + 1 > StaffFrame.lastRow(c)) {
            java.util.List<Choice> all = new java.util.ArrayList<>(choices);
            clock.ifPresent(all::add);
            compact(c, all);
            return;
        }
        int perColumn = twoColumns ? (choices.size() + 1) / 2 : choices.size();
        for (int i = 0; i < perColumn; i++) {
            c.at(1, row, line(choices.get(i)), widest, SGR.BOLD);
            if (twoColumns && i + perColumn < choices.size()) {
                c.at(1 + widest + 2, row, line(choices.get(i + perColumn)), widest, SGR.BOLD);
            }
            row++;
        }
        if (clock.isPresent()) {
            if (clock.get().standsOut()) {
                c.left(row++, line(clock.get()), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, line(clock.get()), SGR.BOLD);
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

    private static String line(Choice choice) {
        return "   " + choice.key() + "   " + choice.words();
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
