package lategate.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeKey;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The A4 sheets: ten cards a page, each card's words in the PDF's text, any name printable. */
class BadgeSheetTest {

    private static final BadgeCodes CODES = new BadgeCodes("DEMO", "Demo Primary School",
            Optional.of(new BadgeKey(new byte[32])));

    private static List<BadgeCard> cards(int n, String given, String family) {
        List<BadgeCard> cards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Pupil pupil = new Pupil(String.format("P%03d", i), given, family, "3", "3B", String.format("DEMO%04d", i),
                    Characteristics.NONE, Optional.empty());
            cards.add(BadgeCard.of("Demo Primary School", pupil, CODES, 1, true));
        }
        return cards;
    }

    @Test
    void tenCardsFillAPageAndTheEleventhStartsTheNext() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BadgeSheet.pdf(cards(11, "Zoë", "Müller"), done -> { }))) {
            assertEquals(2, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), pdf.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        assertEquals(1, BadgeSheet.pages(10));
        assertEquals(2, BadgeSheet.pages(11));
    }

    @Test
    void progressHearsOfEveryCard() throws Exception {
        List<Integer> heard = new ArrayList<>();
        BadgeSheet.pdf(cards(12, "Zoë", "Müller"), heard::add);
        assertEquals(12, heard.size());
        assertEquals(12, heard.get(heard.size() - 1));
    }

    @Test
    void eachCardsNameClassAndPrintedCodeAreInTheText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BadgeSheet.pdf(cards(3, "Siobhán", "Ó Briain"), done -> { }))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Siobhán"), text);
            assertTrue(text.contains("Ó Briain"), text);
            assertTrue(text.contains("Class 3B"), text);
            assertTrue(text.contains("Demo Primary School"), text);
            for (int i = 1; i <= 3; i++) {
                assertTrue(text.contains(CODES.printed(String.format("DEMO%04d", i))), text);
            }
        }
    }

    @Test
    void aNameHelveticaCannotShowIsPrintedAsNearAsItCanInsteadOfFailingTheSheet() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BadgeSheet.pdf(cards(1, "王芳 Zoë", "Nguyễn"), done -> { }))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("?? Zoë"), text);
            assertTrue(text.contains("Nguyên"), text);
        }
    }

    @Test
    void aReplacementBadgeSaysItsIssue() throws Exception {
        Pupil pupil = new Pupil("P001", "Chloé", "Müller", "3", "3B", "DEMO0001", Characteristics.NONE,
                Optional.empty());
        try (PDDocument pdf = Loader.loadPDF(BadgeSheet.pdf(List.of(BadgeCard.of("Demo Primary School", pupil, CODES,
                3, true)), done -> { }))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Badge issue 3"));
        }
        try (PDDocument pdf = Loader.loadPDF(BadgeSheet.pdf(List.of(BadgeCard.of("Demo Primary School", pupil, CODES,
                1, true)), done -> { }))) {
            assertTrue(!new PDFTextStripper().getText(pdf).contains("issue"), "a first badge needs no number");
        }
    }

    @Test
    void noCardsIsNoSheet() {
        assertThrows(IllegalArgumentException.class, () -> BadgeSheet.pdf(List.of(), done -> { }));
    }
}
