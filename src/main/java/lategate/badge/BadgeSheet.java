package lategate.badge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import lategate.pdf.Typeface;

/**
 * Badges on A4 sheets, as a PDF to print at 100% ("actual size") and cut: ten credit-card
 * sized cards a page, in two columns of five, with a gap between neighbours so that one cut a
 * little off does not spoil the card beside it, and a grey line round each card to cut along.
 */
public final class BadgeSheet {

    public static final int CARDS_PER_PAGE = 10;
    private static final int COLUMNS = 2;
    private static final int ROWS = CARDS_PER_PAGE / COLUMNS;
    /** Between columns and between rows: room for two cuts, and for the sheet's note below the cards. */
    private static final float COLUMN_GAP = CardDrawing.mm(4);
    private static final float ROW_GAP = CardDrawing.mm(3);

    private BadgeSheet() {
    }

    /** How many A4 pages {@code cards} cards take. */
    public static int pages(int cards) {
        return (cards + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE;
    }

    /**
     * The sheets as PDF bytes, cards in the order given; {@code progress} hears how many cards are
     * drawn so far.
     */
    public static byte[] pdf(List<BadgeCard> cards, IntConsumer progress) throws IOException {
        return pdf(cards, Typeface.STANDARD, progress);
    }

    /** As {@link #pdf(List, IntConsumer)}, the text in {@code typeface} (embedded when it is a Unicode font). */
    public static byte[] pdf(List<BadgeCard> cards, Typeface typeface, IntConsumer progress) throws IOException {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no badges to print");
        }
        PDRectangle a4 = PDRectangle.A4;
        float left = (a4.getWidth() - COLUMNS * CardDrawing.WIDTH - (COLUMNS - 1) * COLUMN_GAP) / 2;
        float top = a4.getHeight() - (a4.getHeight() - ROWS * CardDrawing.HEIGHT - (ROWS - 1) * ROW_GAP) / 2;
        int pages = pages(cards.size());
        String school = cards.get(0).schoolName();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Badges: " + school);
            info.setCreator("lategate");
            CardDrawing drawing = new CardDrawing(typeface.load(document));
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int slot = 0; slot < CARDS_PER_PAGE; slot++) {
                        int index = p * CARDS_PER_PAGE + slot;
                        if (index == cards.size()) {
                            break;
                        }
                        float x = left + (slot % COLUMNS) * (CardDrawing.WIDTH + COLUMN_GAP);
                        float y = top - (slot / COLUMNS + 1) * CardDrawing.HEIGHT - (slot / COLUMNS) * ROW_GAP;
                        drawing.cutLine(content, x, y);
                        drawing.draw(content, cards.get(index), x, y);
                        progress.accept(index + 1);
                    }
                    drawing.note(content, school + " badges, page " + (p + 1) + " of " + pages
                            + ". Print at actual size (100%) and cut along the grey lines.", a4.getWidth() / 2,
                            CardDrawing.mm(3.5));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
