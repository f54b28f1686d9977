package lategate.roster;

/**
 * Turns character offsets in a text into line numbers. Offsets are asked for in increasing
 * order, as the parser meets records, so the counter walks the text once: each character is
 * looked at once however many records there are.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as Commons CSV ends one, so
 * its line numbers and ours agree on files saved by old Mac software too.
 */
final class LineCounter {

    private final String text;
    private int at;
    private long line = 1;

    LineCounter(String text) {
        this.text = text;
    }

    /**
     * The line of the first character at or after {@code offset} that does not end a line.
     * Commons CSV gives a record's position as where the empty lines before it begin, so the
     * record itself starts after them.
     */
    long lineOfRecordAt(long offset) {
        if (offset < at) {
            throw new IllegalArgumentException("offset " + offset + " is before " + at
                    + ": offsets are asked for in order");
        }
        while (at < offset && at < text.length()) {
            step();
        }
        while (at < text.length() && isLineEnd(text.charAt(at))) {
            step();
        }
        return line;
    }

    /**
     * The line of the first record after line {@code endLine}: the first line after it with
     * anything on it. The parser says where a record ends only as a line number.
     */
    long lineOfRecordAfterLine(long endLine) {
        while (at < text.length() && line <= endLine) {
            step();
        }
        return lineOfRecordAt(at);
    }

    private void step() {
        char c = text.charAt(at++);
        if (c == '\n' || c == '\r' && (at == text.length() || text.charAt(at) != '\n')) {
            line++;
        }
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
