package lategate.badge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import lategate.pdf.Typeface;

/**
 * One badge as a picture, for a card printer or the school's ID system: the same card as on the
 * sheets, drawn on a card-sized PDF page and rendered by PDFBox. Rendering the page, rather than
 * drawing with Java's own fonts, keeps the picture identical to the sheet: the same font (the
 * school's {@link Typeface}, read from its file, so no font need be known to Java), the same
 * Arabic joining.
 */
public final class BadgeImage {

    /** Card printers print at 300 dpi: a card is 1011 × 637 pixels, a QR module 8 (7 for long school ids). */
    public static final int DOTS_PER_INCH = CardDrawing.DOTS_PER_INCH;

    private final Typeface typeface;

    /** Pictures with their text in PDF's standard Helvetica. */
    public BadgeImage() {
        this(Typeface.STANDARD);
    }

    /** Pictures with their text in {@code typeface}, as on the sheets. */
    public BadgeImage(Typeface typeface) {
        this.typeface = typeface;
    }

    /**
     * The picture's file name: the pupil's id, with anything a file name should not hold (a slash,
     * a space, a leading dot) made an underscore.
     */
    public static String fileName(String pupilId) {
        String safe = pupilId.replaceAll("[^A-Za-z0-9._-]", "_");
        return (safe.startsWith(".") ? "_" + safe.substring(1) : safe) + ".png";
    }

    /** The badge as a grey-scale image, the whole card edge to edge. */
    public BufferedImage render(BadgeCard card) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(CardDrawing.WIDTH, CardDrawing.HEIGHT));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new CardDrawing(typeface.load(document)).draw(content, card, 0, 0);
            }
            return new PDFRenderer(document).renderImageWithDPI(0, DOTS_PER_INCH, ImageType.GRAY);
        }
    }

    /** The badge as PNG bytes. */
    public byte[] png(BadgeCard card) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(render(card), "png", bytes)) {
            throw new IllegalStateException("this Java cannot write PNG, which every Java 17 can");
        }
        return bytes.toByteArray();
    }
}
