package lategate.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Character offsets to line numbers, the way the parser counts lines. */
class LineCounterTest {

    @Test
    @DisplayName("offsets on the first, second and third lines give lines 1, 2 and 3")
    void countsLines() {
        LineCounter lines = new LineCounter("ab\ncd\nef\n");
        assertEquals(1, lines.lineOfRecordAt(0));
        assertEquals(2, lines.lineOfRecordAt(3));
        assertEquals(3, lines.lineOfRecordAt(6));
    }

    @Test
    @DisplayName("an offset at the start of blank lines gives the line after them, where the record is")
    void skipsBlankLinesBeforeARecord() {
        assertEquals(4, new LineCounter("ab\n\n\ncd\n").lineOfRecordAt(2));
    }

    @Test
    @DisplayName("Windows line ends count once and old Mac line ends count too")
    void countsEveryKindOfLineEnd() {
        LineCounter lines = new LineCounter("a\r\nb\rc\nd");
        assertEquals(2, lines.lineOfRecordAt(3));
        assertEquals(3, lines.lineOfRecordAt(5));
        assertEquals(4, lines.lineOfRecordAt(7));
    }

    @Test
    @DisplayName("asking for an earlier offset after a later one is refused, as the counter only goes forward")
    void onlyForward() {
        LineCounter lines = new LineCounter("ab\ncd\n");
        lines.lineOfRecordAt(3);
        assertThrows(IllegalArgumentException.class, () -> lines.lineOfRecordAt(1));
    }

    @Test
    @DisplayName("the record after a line is on the next line with anything on it")
    void recordAfterALine() {
        LineCounter lines = new LineCounter("h\r\n\"a\r\nb\"\r\n\r\n\r\nc\r\n");
        assertEquals(2, lines.lineOfRecordAt(3));
        assertEquals(6, lines.lineOfRecordAfterLine(3));
    }

    @Test
    @DisplayName("before any record, the first record is on the first line with anything on it")
    void firstRecordAfterLineZero() {
        assertEquals(3, new LineCounter("\n\nh\n").lineOfRecordAfterLine(0));
    }
}
