package lategate.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * A clock face in block characters so it reads from across reception: five rows high at scale 1,
 * and twice or three times that (each cell a larger block) on a screen with room for it.
 */
final class BigDigits {

    static final int HEIGHT = 5;

    private static final String[][] DIGITS = {
            {"###", "# #", "# #", "# #", "###"},
            {" # ", "## ", " # ", " # ", "###"},
            {"###", "  #", "###", "#  ", "###"},
            {"###", "  #", "###", "  #", "###"},
            {"# #", "# #", "###", "  #", "  #"},
            {"###", "#  ", "###", "  #", "###"},
            {"###", "#  ", "###", "# #", "###"},
            {"###", "  #", "  #", "  #", "  #"},
            {"###", "# #", "###", "# #", "###"},
            {"###", "# #", "###", "  #", "###"},
    };
    private static final String[] COLON = {" ", "#", " ", "#", " "};

    private BigDigits() {
    }

    /** The largest scale drawn: three times, 15 rows, about 106 columns for "08:57". */
    static final int LARGEST = 3;

    /** The rows of {@code text} (digits and ':'), each cell doubled across so it looks square. */
    static List<String> render(String text) {
        return render(text, 1);
    }

    /** As {@link #render(String)}, each cell {@code scale} rows high and twice {@code scale} across. */
    static List<String> render(String text, int scale) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < HEIGHT; row++) {
            StringBuilder line = new StringBuilder();
            for (char c : text.toCharArray()) {
                String glyph = c == ':' ? COLON[row] : Character.isDigit(c) ? DIGITS[c - '0'][row] : "";
                for (char cell : glyph.toCharArray()) {
                    line.append((cell == '#' ? "\u2588" : " ").repeat(2 * scale));
                }
                line.append("  ".repeat(scale));
            }
            String drawn = line.toString().stripTrailing();
            for (int i = 0; i < scale; i++) {
                rows.add(drawn);
            }
        }
        return rows;
    }

    static int width(String text) {
        return width(text, 1);
    }

    /** The columns the clock takes at {@code scale}, with a column's margin either side. */
    static int width(String text, int scale) {
        return render(text, scale).get(0).length() + 2;
    }
}
