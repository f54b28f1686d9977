package lategate.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;
import lategate.domain.text.TerminalText;

/**
 * Drawing helpers shared by the kiosk's screens: centred lines, wrapped text, a framed box. High
 * contrast (white on black, reverse video for emphasis) and meaning always in words, never by
 * colour alone.
 */
final class Canvas {

    private final TextGraphics g;
    private final TerminalSize size;
    /** Null but in tests that look for overlapping text (see {@link FrameLog}). */
    private final FrameLog log;
    /**
     * Rows a frame drew and keeps (a staff screen's status and key lines): a later put there, or
     * below the screen once a row is kept, is left out, and an ellipsis says the screen's own
     * content goes on further than this terminal shows.
     */
    private final boolean[] kept;
    private boolean anyKept;
    private boolean cut;

    Canvas(TextGraphics g, TerminalSize size) {
        this(g, size, (FrameLog) null);
    }

    /** A canvas whose puts {@code log} keeps, for a test to find texts drawn over each other. */
    Canvas(TextGraphics g, TerminalSize size, FrameLog log) {
        this.g = g;
        this.size = size;
        this.log = log;
        this.kept = new boolean[size.getRows()];
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        g.setBackgroundColor(TextColor.ANSI.BLACK);
        g.fill(' ');
    }

    private Canvas(TextGraphics g, TerminalSize size, FrameLog log, boolean keep) {
        this.g = g;
        this.size = size;
        this.log = log;
        this.kept = new boolean[size.getRows()];
    }

    /** The same screen less its last {@code rows} rows, for a screen drawn above a strip of its own. */
    Canvas above(int rows) {
        return new Canvas(g, new TerminalSize(width(), Math.max(1, height() - rows)), log, true);
    }

    /** The frame keeps {@code row} as drawn: nothing drawn later writes over it (see {@link #kept}). */
    void keep(int row) {
        if (row >= 0 && row < height()) {
            kept[row] = true;
            anyKept = true;
        }
    }

    int width() {
        return size.getColumns();
    }

    int height() {
        return size.getRows();
    }

    void left(int row, String text, SGR... styles) {
        put(1, row, clip(visible(text), width() - 2), styles);
    }

    /** The text from {@code column}, cut with an ellipsis at the screen's right margin. */
    void at(int column, int row, String text, SGR... styles) {
        put(column, row, clip(visible(text), Math.max(1, width() - 1 - column)), styles);
    }

    void right(int row, String text, SGR... styles) {
        String t = clip(visible(text), width() - 2);
        put(Math.max(0, width() - 1 - t.length()), row, t, styles);
    }

    /**
     * The top line: the title on the left and the date on the right, or the date on the next
     * line when both do not fit side by side. Returns the first free row.
     */
    int header(String rawTitle, String rawDate) {
        String title = visible(rawTitle);
        String date = visible(rawDate);
        if (title.length() + date.length() + 4 <= width()) {
            left(0, title, SGR.BOLD);
            right(0, date);
            return 1;
        }
        left(0, title, SGR.BOLD);
        left(1, date);
        return 2;
    }

    /** Text from {@code column}, cut to {@code width} (and to the screen) with an ellipsis. */
    void at(int column, int row, String text, int width, SGR... styles) {
        int room = Math.min(width, width() - 1 - column);
        if (room > 0) {
            put(column, row, clip(visible(text), room), styles);
        }
    }

    void centre(int row, String text, SGR... styles) {
        String t = clip(visible(text), width() - 2);
        put(Math.max(0, (width() - t.length()) / 2), row, t, styles);
    }

    /** Centred lines wrapped to the width; returns the row after the last one. */
    int paragraph(int row, String text, SGR... styles) {
        for (String line : wrap(visible(text), Math.max(10, width() - 4))) {
            centre(row++, line, styles);
        }
        return row;
    }

    /** The rows {@link #paragraph} takes for {@code text} on this screen. */
    int paragraphRows(String text) {
        return Math.max(1, wrap(visible(text), Math.max(10, width() - 4)).size());
    }

    /** The rows {@link #box} takes for {@code text} on this screen, its frame included. */
    int boxRows(String text) {
        return wrap(visible(text), Math.max(10, width() - 8)).size() + 2;
    }

    /** A framed box across the screen with the text inside, centred; returns the row after it. */
    int box(int row, String text, SGR... styles) {
        List<String> lines = wrap(visible(text), Math.max(10, width() - 8));
        int inner = lines.stream().mapToInt(String::length).max().orElse(0) + 2;
        int left = Math.max(0, (width() - inner - 2) / 2);
        put(left, row, "\u250c" + "\u2500".repeat(inner) + "\u2510");
        for (int i = 0; i < lines.size(); i++) {
            String padded = " " + lines.get(i) + " ".repeat(inner - 1 - lines.get(i).length());
            put(left, row + 1 + i, "\u2502");
            put(left + 1, row + 1 + i, padded, styles);
            put(left + inner + 1, row + 1 + i, "\u2502");
        }
        put(left, row + 1 + lines.size(), "\u2514" + "\u2500".repeat(inner) + "\u2518");
        return row + 2 + lines.size();
    }

    void bigText(int row, String digits) {
        bigText(row, digits, 1);
    }

    /** The digits in block characters at {@code scale} (see {@link BigDigits}), centred across the screen. */
    void bigText(int row, String digits, int scale) {
        List<String> rows = BigDigits.render(digits, scale);
        for (int i = 0; i < rows.size(); i++) {
            centre(row + i, rows.get(i));
        }
    }

    /**
     * Text from the register, the roster or the settings as the screen may show it: a stored
     * control character (typed before such text was refused, or written to the file by hand) is
     * drawn as a visible escape, never sent to the terminal, where Lanterna refuses it and the
     * kiosk would fail on every drawing of that row.
     */
    static String visible(String text) {
        return TerminalText.visible(text);
    }

    private void put(int column, int row, String text, SGR... styles) {
        if (anyKept && (row >= height() || (row >= 0 && kept[row]))) {
            leftOut(row);
            return;
        }
        if (log != null) {
            log.put(column, row, text, width(), height());
        }
        if (row < 0 || row >= height()) {
            return;
        }
        if (styles.length > 0) {
            g.enableModifiers(styles);
        }
        g.putString(column, row, text);
        if (styles.length > 0) {
            g.disableModifiers(styles);
        }
    }

    /** Content meant for a kept row: an ellipsis at the start of the last free row above it says there is more. */
    private void leftOut(int row) {
        if (cut) {
            return;
        }
        cut = true;
        int above = Math.min(row, height()) - 1;
        while (above >= 0 && kept[above]) {
            above--;
        }
        if (above >= 0) {
            put(0, above, "\u2026");
        }
    }

    /** The text as the screen shows it (see {@link #visible}), cut to {@code width} with an ellipsis. */
    static String clip(String raw, int width) {
        String text = visible(raw);
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "\u2026";
    }

    /** The text as the screen shows it (see {@link #visible}), in lines of at most {@code width} where words allow. */
    static List<String> wrap(String raw, int width) {
        String text = visible(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
