package lategate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Names as Helvetica (WinAnsi) can print them: as written where it can, the nearest it has where not. */
class PdfTextTest {

    private final PdfText helvetica = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));

    @Test
    void namesWithAccentsHelveticaHasArePrintedAsWritten() {
        for (String name : new String[] {"Zoë", "Siobhán Ó Briain", "Chloé Müller", "Tomás O'Neill", "François Øster"}) {
            assertEquals(name, helvetica.showable(name));
        }
    }

    @Test
    void aLetterHelveticaLacksKeepsTheAccentsItHas() {
        assertEquals("Nguyên", helvetica.showable("Nguyễn"), "ễ is e with ^ and ~; Helvetica has ê");
        assertEquals("Trân Thi", helvetica.showable("Trần Thị"), "ầ keeps its ^ (â), ị has no accented i to keep");
    }

    @Test
    void lettersThatDoNotDecomposeAreSpeltInPlainLetters() {
        assertEquals("Lucja Lukaszewicz", helvetica.showable("Łucja Łukaszewicz"));
    }

    @Test
    void aNameTypedWithSeparateAccentsIsPrintedComposed() {
        assertEquals("Zoë", helvetica.showable("Zoe\u0308"));
    }

    @Test
    void anotherScriptOrAnEmojiBecomesQuestionMarksNotACrash() {
        assertEquals("?? Li", helvetica.showable("王芳 Li"));
        assertEquals("Ali ?", helvetica.showable("Ali \uD83D\uDE00"), "one mark for one emoji, not one per half");
    }

    @Test
    void invisibleCharactersAndOddSpacesLeaveNoMark() {
        assertEquals("Zoe Ann", helvetica.showable("Zo\u200Be\u00A0Ann"));
    }
}
