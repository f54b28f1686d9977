package lategate.badge;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import lategate.pdf.PdfText;
import lategate.pdf.Typeface;

/**
 * One badge drawn on a PDF page: a credit card (ISO/IEC 7810 ID-1, 85.6 × 54 mm) with the school
 * at the top, the pupil's names and class on the left, the QR code on the right, and the Code 128
 * across the bottom with its code written under it. The barcodes are drawn as filled rectangles,
 * so they stay sharp at any printer's resolution, and keep their quiet zones clear.
 *
 * <p>Text is in the school's {@link Typeface}: a Unicode font embedded in the PDF, so names print as
 * written, else PDF's standard Helvetica.
 */
final class CardDrawing {

    static final float WIDTH = mm(85.6);
    static final float HEIGHT = mm(54);
    /** Text keeps this far from the edge, so a cut a little off does not take a letter. */
    private static final float SAFE = mm(4);
    /** A card printer's dot, 1/300 inch: the QR code's modules are whole dots (see {@link #qrModuleDots}). */
    static final int DOTS_PER_INCH = 300;
    private static final float DOT = 72f / DOTS_PER_INCH;
    /** Room for the QR code and its quiet zone, in dots (28 mm): modules near 0.7 mm, which cheap scanners read. */
    private static final int QR_BOX_DOTS = 330;
    /** The QR code's quiet zone ends 1.5 mm from the card's right edge and 9 mm below its top, in whole dots. */
    private static final int QR_RIGHT_DOTS = 993;
    private static final int QR_TOP_DOTS = 106;
    /** Code 128: modules of 0.33 mm (13 mil) where the code fits, narrower for the longest codes. */
    private static final float BAR_MODULE = mm(0.33);
    private static final float BARS_LEFT = mm(1.5);
    private static final float BARS_BOTTOM = mm(7.5);
    private static final float BARS_HEIGHT = mm(8.5);
    private static final float CODE_BASELINE = mm(4.2);

    private final PdfText regular;
    private final PdfText bold;

    /** Draws in {@code faces}, the fonts loaded into the PDF the cards are drawn on. */
    CardDrawing(Typeface.Faces faces) {
        this.regular = faces.regular();
        this.bold = faces.bold();
    }

    /**
     * How many dots wide a QR code's module is: the most that fit the QR code and its quiet zone in
     * their room. Whole dots, at whole-dot places on the card, so a picture at 300 dpi has every
     * module sharp, with no grey edge for a reader to misjudge (ZXing missed one QR code in a few
     * hundred drawn at 7.8 pixels a module), and a card printer prints what was drawn.
     */
    static int qrModuleDots(int symbolModules) {
        return QR_BOX_DOTS / (symbolModules + 2 * BadgeBarcodes.QR_QUIET_MODULES);
    }

    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    /** Draws {@code card} with its lower left corner at ({@code x}, {@code y}), in points. */
    void draw(PDPageContentStream page, BadgeCard card, float x, float y) throws IOException {
        float textRight = card.signedCode().isPresent() ? x + (QR_RIGHT_DOTS - QR_BOX_DOTS) * DOT - mm(1)
                : x + WIDTH - SAFE;
        float textWidth = textRight - (x + SAFE);
        text(page, bold, card.schoolName(), 8.5f, 6f, WIDTH - 2 * SAFE, x + SAFE, y + mm(47));
        text(page, bold, card.givenName(), 14f, 8f, textWidth, x + SAFE, y + mm(39));
        text(page, bold, card.familyName(), 14f, 8f, textWidth, x + SAFE, y + mm(33));
        text(page, regular, "Class " + card.className(), 10f, 7f, textWidth, x + SAFE, y + mm(27));
        if (card.issue() > 1) {
            text(page, regular, "Badge issue " + card.issue(), 10f, 7f, textWidth, x + SAFE, y + mm(22.5));
        }
        if (card.signedCode().isPresent()) {
            BitMatrix qr = BadgeBarcodes.qr(card.signedCode().get(), CardDrawing::qrModuleDots);
            int module = qrModuleDots(qr.getWidth());
            int left = QR_RIGHT_DOTS - module * (qr.getWidth() + BadgeBarcodes.QR_QUIET_MODULES);
            int top = QR_TOP_DOTS + module * BadgeBarcodes.QR_QUIET_MODULES;
            modules(page, qr, x + left * DOT, y + HEIGHT - top * DOT, module * DOT, module * DOT);
        }
        boolean[] bars = BadgeBarcodes.code128(card.printedCode());
        float module = Math.min(BAR_MODULE,
                (WIDTH - 2 * BARS_LEFT) / (bars.length + 2 * BadgeBarcodes.CODE_128_QUIET_MODULES));
        float barsLeft = x + BARS_LEFT + BadgeBarcodes.CODE_128_QUIET_MODULES * module;
        BitMatrix row = new BitMatrix(bars.length, 1);
        for (int i = 0; i < bars.length; i++) {
            if (bars[i]) {
                row.set(i, 0);
            }
        }
        modules(page, row, barsLeft, y + BARS_BOTTOM + BARS_HEIGHT, module, BARS_HEIGHT);
        float barsWidth = bars.length * module;
        String code = regular.showable(card.printedCode());
        float codeWidth = regular.width(code, 9f);
        write(page, regular, code, 9f, barsLeft + (barsWidth - codeWidth) / 2, y + CODE_BASELINE);
    }

    /** A thin grey line round the card, to cut along. */
    void cutLine(PDPageContentStream page, float x, float y) throws IOException {
        page.setStrokingColor(0.7f);
        page.setLineWidth(0.3f);
        page.addRect(x, y, WIDTH, HEIGHT);
        page.stroke();
    }

    /** Small text outside the cards, such as a sheet's footer. */
    void note(PDPageContentStream page, String text, float centreX, float baseline) throws IOException {
        String shown = regular.showable(text);
        write(page, regular, shown, 7f, centreX - regular.width(shown, 7f) / 2, baseline);
    }

    /**
     * Text at {@code size} points, smaller (down to {@code smallest}) when it would be wider than
     * {@code width}, and cut short with an ellipsis if even that is too wide.
     */
    private static void text(PDPageContentStream page, PdfText font, String text, float size, float smallest,
                             float width, float x, float baseline) throws IOException {
        String shown = font.showable(text.strip());
        float fitting = size;
        while (fitting > smallest && font.width(shown, fitting) > width) {
            fitting -= 0.5f;
        }
        if (font.width(shown, fitting) > width) {
            while (!shown.isEmpty() && font.width(shown + "…", fitting) > width) {
                shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -1));
            }
            shown = shown.strip() + "…";
        }
        write(page, font, shown, fitting, x, baseline);
    }

    private static void write(PDPageContentStream page, PdfText font, String shown, float size, float x,
                              float baseline) throws IOException {
        page.beginText();
        page.setFont(font.font(), size);
        page.newLineAtOffset(x, baseline);
        page.showText(shown);
        page.endText();
    }

    /** A matrix of modules, its top left at ({@code left}, {@code top}); each row's dark runs one rectangle. */
    private static void modules(PDPageContentStream page, BitMatrix matrix, float left, float top, float width,
                                float height) throws IOException {
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                page.addRect(left + start * width, top - (row + 1) * height, (column - start) * width, height);
            }
        }
        page.fill();
    }
}
