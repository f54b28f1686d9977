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
        // Nearly all output needs no escape: passed on as it is, without a copy (a trust's CSV is megabytes).
        if (!pendingReturn && plain(chars, offset, length)) {
            out.write(chars, offset, length);
            return;
        }
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
        if (!pendingReturn && plain(text, offset, length)) {
            out.write(text, offset, length);
            return;
        }
        write(text.toCharArray(), offset, length);
    }

    /** Nothing to show differently: no control character but tab, newline and CSV's CRLF, no bidi control. */
    private static boolean plain(char[] chars, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c >= ' ' && c < 0x7f) {
                continue; // printable ASCII, nearly every character: one test, not TerminalText's four calls
            }
            if (c == '\r' && i + 1 < end && chars[i + 1] == '\n') {
                i++;
            } else if (!TerminalText.shownAsIs(c, true)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(String text, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                continue;
            }
            if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
                i++;
            } else if (!TerminalText.shownAsIs(c, true)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void flush() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write("\\r");
        }
        super.flush();
    }

    @Override
    public void close() throws IOException {
        flush(); // a carriage return still waiting is shown, not lost
        super.close();
    }
}
