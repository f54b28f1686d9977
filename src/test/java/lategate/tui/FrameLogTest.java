package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.BasicTextImage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The test tool that finds texts drawn over each other (docs/install-kiosk.md, "Terminal size"):
 * it must see a collision and a text past the edge, and must not see one where there is none.
 */
class FrameLogTest {

    private static final TerminalSize SMALL = new TerminalSize(40, 12);

    private static Canvas canvas(FrameLog log) {
        return new Canvas(new BasicTextImage(SMALL).newTextGraphics(), SMALL, log);
    }

    @Test
    @DisplayName("a text written over another text of the same frame is reported with both texts")
    void reportsTwoTextsOnOneRow() {
        FrameLog log = new FrameLog(40, 12);
        Canvas c = canvas(log);
        c.left(11, "Enter: next    Escape: back");
        c.centre(11, "Pupils: scan your badge as usual.");
        assertEquals(1, log.collisions().size());
        String said = log.collisions().get(0).toString();
        assertTrue(said.contains("'Pupils: scan your badge as usual.'") && said.contains("'Enter: next    Escape: back'"),
                said);
    }

    @Test
    @DisplayName("texts side by side, and a text written over blanks, are not collisions")
    void sideBySideIsFine() {
        FrameLog log = new FrameLog(40, 12);
        Canvas c = canvas(log);
        c.left(0, "STAFF MODE");
        c.right(0, "Overdue: none");
        c.left(2, "          ");
        c.left(2, "text over blanks");
        assertEquals(0, log.collisions().size(), log.collisions().toString());
        assertEquals(0, log.outside().size(), log.outside().toString());
    }

    @Test
    @DisplayName("a text below the last row is reported as outside the screen")
    void reportsTextOffTheScreen() {
        FrameLog log = new FrameLog(40, 12);
        canvas(log).left(13, "Go to class now.");
        assertEquals(1, log.outside().size());
        assertTrue(log.outside().get(0).toString().contains("row 13"), log.outside().toString());
    }

    @Test
    @DisplayName("a row the staff frame keeps is not written over: the text is left out and an ellipsis says so")
    void keptRowsAreLeftAlone() {
        FrameLog log = new FrameLog(40, 12);
        BasicTextImage image = new BasicTextImage(SMALL);
        Canvas c = new Canvas(image.newTextGraphics(), SMALL, log);
        c.left(11, "Escape: menu");
        c.keep(11);
        c.left(10, "a line of content");
        c.left(11, "one line too many");
        assertEquals(0, log.collisions().size(), log.collisions().toString());
        assertEquals("E", image.getCharacterAt(1, 11).getCharacterString());
        assertEquals("\u2026", image.getCharacterAt(0, 10).getCharacterString());
    }
}
