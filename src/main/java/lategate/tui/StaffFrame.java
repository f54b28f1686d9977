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
        String who = " STAFF MODE" + staff.signedIn().map(s -> ": " + s).orElse("") + " ";
        if (staff.signedIn().isPresent()) {
            // The overdue count is never cut: on a narrow screen it is shorter, and who is signed in gives way.
            boolean overdue = staff.overdue() > 0;
            String count = overdue ? " OVERDUE back: " + staff.overdue() + " " : "Overdue back: none";
            if (who.length() + count.length() + 3 > c.width()) {
                count = overdue ? " OVERDUE: " + staff.overdue() + " " : "Overdue: none";
            }
            if (overdue) {
                c.right(0, count, SGR.BOLD, SGR.REVERSE);
            } else {
                c.right(0, count);
            }
            c.left(0, Canvas.clip(who, Math.max(12, c.width() - count.length() - 4)), SGR.BOLD, SGR.REVERSE);
        } else {
            c.left(0, who, SGR.BOLD, SGR.REVERSE);
        }
        c.keep(0);
        c.left(1, title, SGR.BOLD);
        // The foot: the key line on the last row (two rows when it does not fit one), and above it what the
        // last action or scan did, on the rows left of the three under the screen's own content.
        List<String> keyLines = keyLines(keys, c.width() - 2);
        int keyTop = c.height() - keyLines.size();
        for (int i = 0; i < keyLines.size(); i++) {
            c.left(keyTop + i, keyLines.get(i));
            c.keep(keyTop + i);
        }
        if (staff.status().isPresent()) {
            int rows = Math.max(1, FOOT - keyLines.size());
            List<String> lines = Canvas.wrap(staff.status().get(), c.width() - 2);
            if (lines.size() > rows) {
                List<String> kept = new java.util.ArrayList<>(lines.subList(0, rows - 1));
                kept.add(Canvas.clip(String.join(" ", lines.subList(rows - 1, lines.size())), c.width() - 2));
                lines = kept;
            }
            int top = keyTop - lines.size();
            for (int i = 0; i < lines.size(); i++) {
                c.left(top + i, lines.get(i), SGR.REVERSE);
                c.keep(top + i);
            }
        }
    }

    /** Rows at the foot for the status and the keys, under the row kept for "more below". */
    private static final int FOOT = 3;

    /**
     * The keys in one line when they fit; else with "Escape" and "Enter" shortened and the gaps closed up;
     * else wrapped to two lines at the gaps between keys, the second cut with an ellipsis if need be.
     */
    static List<String> keyLines(String keys, int width) {
        if (keys.length() <= width) {
            return List.of(keys);
        }
        String brief = keys.replace("Escape:", "Esc:").replace("Enter:", "Ent:").replaceAll(" {3,}", "  ");
        if (brief.length() <= width) {
            return List.of(brief);
        }
        String[] parts = brief.split(" {2,}");
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < parts.length && (first.length() == 0 || first.length() + 2 + parts[i].length() <= width)) {
            first.append(first.length() == 0 ? "" : "  ").append(parts[i++]);
        }
        if (i == parts.length) {
            return List.of(Canvas.clip(first.toString(), width));
        }
        String rest = String.join("  ", java.util.Arrays.asList(parts).subList(i, parts.length));
        return List.of(Canvas.clip(first.toString(), width), Canvas.clip(rest, width));
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
