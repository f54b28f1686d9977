package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.List;

/**
 * What every staff screen has: on top, that this is staff mode, who is signed in and how many
 * pupils are overdue back (in words and reverse video, never by colour alone); at the bottom,
 * the status line (what the last action or scan did) and the keys.
 */
final class StaffFrame {

    /** The first row free for the screen's own content. */
    static final int FIRST_ROW = 3;

    private StaffFrame() {
    }

    static void draw(Canvas c, KioskState.Staff staff, String title, String keys) {
        c.left(0, " STAFF MODE" + staff.signedIn().map(s -> ": " + s).orElse("") + " ", SGR.BOLD, SGR.REVERSE);
        if (staff.signedIn().isPresent()) {
            if (staff.overdue() > 0) {
                c.right(0, " OVERDUE back: " + staff.overdue() + " ", SGR.BOLD, SGR.REVERSE);
            } else {
                c.right(0, "Overdue back: none");
            }
        }
        c.left(1, title, SGR.BOLD);
        if (staff.status().isPresent()) {
            // Two lines at most, so what a scan or an action did is read whole at 80 columns.
            List<String> lines = Canvas.wrap(staff.status().get(), c.width() - 2);
            if (lines.size() == 1) {
                c.left(c.height() - 2, lines.get(0), SGR.REVERSE);
            } else {
                c.left(c.height() - 3, lines.get(0), SGR.REVERSE);
                c.left(c.height() - 2, String.join(" ", lines.subList(1, lines.size())), SGR.REVERSE);
            }
        }
        c.left(c.height() - 1, keys);
    }

    /** The last row free for the screen's own content. */
    static int lastRow(Canvas c) {
        return c.height() - 5;
    }

    /** How many rows of its own a screen has between the title and the status lines, on {@code rows} rows. */
    static int capacity(int rows) {
        return rows - 5 - FIRST_ROW + 1;
    }

    /**
     * Draws the lines from {@code scroll} on, as many as fit, with "more above" and "more below"
     * marks on the right when some are out of sight.
     */
    static void scrolled(Canvas c, List<ScreenLine> lines, int scroll) {
        int capacity = lastRow(c) - FIRST_ROW + 1;
        int first = Math.max(0, Math.min(scroll, lines.size() - capacity));
        int row = FIRST_ROW;
        for (int i = first; i < lines.size() && row <= lastRow(c); i++) {
            lines.get(i).draw(c, row++);
        }
        if (first > 0) {
            c.right(FIRST_ROW - 1, "(more above: Up, PgUp)");
        }
        if (first + capacity < lines.size()) {
            c.right(lastRow(c) + 1, "(more below: Down, PgDn)");
        }
    }

    /** The first of {@code size} items to show in {@code capacity} rows so that {@code cursor} is among them. */
    static int firstVisible(int cursor, int size, int capacity) {
        if (size <= capacity || capacity <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(cursor - capacity / 2, size - capacity));
    }

    /** Text padded to the width, so reverse video marks the whole row. */
    static String row(Canvas c, String text) {
        int width = c.width() - 2;
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Draws lines from {@code row} while they fit; returns the row after the last one drawn. */
    static int lines(Canvas c, int row, List<String> lines, SGR... styles) {
        for (String line : lines) {
            if (row > lastRow(c)) {
                break;
            }
            c.left(row++, line, styles);
        }
        return row;
    }
}
