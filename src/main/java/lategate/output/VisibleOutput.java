package lategate.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import lategate.domain.text.TerminalText;

/**
 * The command line's printing: every command writes through picocli's writers, and these pass
 * tab and newline but show any other control character or bidi override as a visible escape
 * (TerminalText), so a name or reason in the register, a roster or a school's summary at the hub
 * can never clear, recolour or reorder the terminal it is printed on.
 */
public final class VisibleOutput extends FilterWriter {

    /** A carriage return waiting for the next character: kept before a newline (CSV's CRLF), shown otherwise. */
    private boolean pendingReturn;

    private VisibleOutput(Writer out) {
        super(out);
    }

    /** {@code out} made safe for a terminal; flushed by the caller when the command ends. */
    public static PrintWriter of(PrintWriter out) {
        return new PrintWriter(new VisibleOutput(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder shown = new StringBuilder(length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (pendingReturn) {
                pendingReturn = false;
                shown.append(c == '\n' ? "\r" : "\\r");
            }
            if (c == '\r') {
                pendingReturn = true;
            } else {
                TerminalText.append(shown, c, true);
            }
        }
        out.write(shown.toString());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write("\\r");
        }
        super.flush();
    }
}
