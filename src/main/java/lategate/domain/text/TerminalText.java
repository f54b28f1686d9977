package lategate.domain.text;

/**
 * Text as a terminal may show it: every control character (C0, DEL, C1) and every bidi override or
 * isolate (U+202A..U+202E, U+2066..U+2069) made visible, so that text stored before it could be
 * refused, or arriving from elsewhere (a school's summary at the hub), is shown as written and never
 * acts on the terminal: ESC as "␛", the others as "\x07" or "\u202e". Everything else, accents
 * and emoji included, is left as written.
 *
 * <p>The one function every output boundary uses: the kiosk's drawing and the command line's
 * printing.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** One line: every control character visible, tab and newline included. */
    public static String visible(String text) {
        return visible(text, false);
    }

    /** Several lines: tab and newline kept as they are, every other control character visible. */
    public static String visibleLines(String text) {
        return visible(text, true);
    }

    private static String visible(String text, boolean lines) {
        if (text == null) {
            return "null";
        }
        if (plain(text, lines)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            append(out, text.charAt(i), lines);
        }
        return out.toString();
    }

    /** Appends {@code c} as a terminal may show it. */
    public static void append(StringBuilder out, char c, boolean lines) {
        if (shown(c, lines)) {
            out.append(c);
        } else if (c == 0x1b) {
            out.append('\u241b');
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c < 0x100) {
            out.append(String.format("\\x%02x", (int) c));
        } else {
            out.append(String.format("\\u%04x", (int) c));
        }
    }

    /** Whether {@code c} is shown as it is: not a control character (but tab and newline in lines), not a bidi control. */
    public static boolean shownAsIs(char c, boolean lines) {
        return shown(c, lines);
    }

    private static boolean plain(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            if (!shown(text.charAt(i), lines)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(char c, boolean lines) {
        if (PlainText.isControl(c)) {
            return lines && (c == '\n' || c == '\t');
        }
        return !isBidiControl(c);
    }

    /** The embeddings and overrides (U+202A..U+202E) and isolates (U+2066..U+2069) that reorder text. */
    static boolean isBidiControl(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
