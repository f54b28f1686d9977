package lategate.tui;

import java.util.ArrayList;
import java.util.List;

/** A clock face five rows high, drawn in block characters so it reads from across reception. */
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

    /** The rows of {@code text} (digits and ':'), each cell doubled across so it looks square. */
    static List<String> render(String text) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < HEIGHT; row++) {
            StringBuilder line = new StringBuilder();
            for (char c : text.toCharArray()) {
                String glyph = c == ':' ? COLON[row] : Character.isDigit(c) ? DIGITS[c - '0'][row] : "";
                for (char cell : glyph.toCharArray()) {
                    String block = cell == '#' ? "\u2588" : " ";
                    line.append(block).append(block);
                }
                line.append("  ");
            }
            rows.add(line.toString().stripTrailing());
        }
        return rows;
    }

    static int width(String text) {
        return render(text).get(0).length() + 2;
    }
}
