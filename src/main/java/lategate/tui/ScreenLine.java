package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.ArrayList;
import java.util.List;

/** One line of a screen that scrolls: its text, and whether it is bold or in reverse video (never colour). */
record ScreenLine(String text, boolean bold, boolean reverse) {

    static ScreenLine plain(String text) {
        return new ScreenLine(text, false, false);
    }

    static ScreenLine bold(String text) {
        return new ScreenLine(text, true, false);
    }

    static ScreenLine standsOut(String text) {
        return new ScreenLine(text, true, true);
    }

    /**
     * The text wrapped to {@code width} columns: the first line after {@code lead}, the others
     * indented as far as the lead is long.
     */
    static List<ScreenLine> wrapped(String lead, String text, int width, boolean bold) {
        return wrapped(lead, text, width, bold, false);
    }

    /** As {@link #wrapped(String, String, int, boolean)}, every line in reverse video if {@code reverse}. */
    static List<ScreenLine> wrapped(String lead, String text, int width, boolean bold, boolean reverse) {
        List<ScreenLine> lines = new ArrayList<>();
        String pad = " ".repeat(lead.length());
        List<String> wrapped = Canvas.wrap(text, Math.max(10, width - lead.length()));
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(new ScreenLine((i == 0 ? lead : pad) + wrapped.get(i), bold || reverse, reverse));
        }
        if (lines.isEmpty()) {
            lines.add(new ScreenLine(lead, bold || reverse, reverse));
        }
        return lines;
    }

    void draw(Canvas c, int row) {
        if (reverse) {
            c.left(row, text, SGR.BOLD, SGR.REVERSE);
        } else if (bold) {
            c.left(row, text, SGR.BOLD);
        } else {
            c.left(row, text);
        }
    }
}
