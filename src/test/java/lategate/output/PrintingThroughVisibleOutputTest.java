package lategate.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command line's printing shows any control character but tab and newline, and any bidi
 * override, as a visible escape, so text from the register or the hub cannot act on the terminal;
 * CSV's CRLF line ends are kept, since a spreadsheet reads them. Plain text passes as it is,
 * however it is cut into writes.
 */
class PrintingThroughVisibleOutputTest {

    private static String printed(String... writes) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = VisibleOutput.of(new PrintWriter(text))) {
            for (String w : writes) {
                out.write(w);
            }
        }
        return text.toString();
    }

    @Test
    @DisplayName("plain text, tabs, newlines and CSV's CRLF pass as they are")
    void plainTextPasses() {
        assertEquals("a,b\r\nÉlodie,Zoë 🙂\tx\n", printed("a,b\r\nÉlodie,Zoë 🙂\tx\n"));
    }

    @Test
    @DisplayName("escape, a lone carriage return and a bidi override are shown, not acted on")
    void controlsAreShown() {
        assertEquals("a\u241bb\\rc d\\u202ee\r\n", printed("a\u001bb\rc d\u202ee\r\n"));
    }

    @Test
    @DisplayName("a CRLF cut between two writes is still a line end; a carriage return at the end of a write "
            + "followed by anything else is shown")
    void carriageReturnAcrossWrites() {
        assertEquals("row one\r\nrow two\r\n", printed("row one\r", "\nrow two\r\n"));
        assertEquals("x\\ry", printed("x\r", "y"));
        assertEquals("x\\r", printed("x\r"));
    }

    @Test
    @DisplayName("a character at a time, plain or not, prints as the whole text would")
    void oneCharacterAtATime() {
        String text = "a\r\nb\u0007c\rd\n";
        StringWriter one = new StringWriter();
        try (PrintWriter out = VisibleOutput.of(new PrintWriter(one))) {
            for (char c : text.toCharArray()) {
                out.write(c);
            }
        }
        assertEquals(printed(text), one.toString());
        assertEquals("a\r\nb\\x07c\\rd\n", one.toString());
    }
}
