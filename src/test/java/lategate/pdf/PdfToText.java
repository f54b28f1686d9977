package lategate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A PDF read back as a person's PDF reader reads it: poppler's pdftotext (poppler-utils, which
 * .ci/run installs), a program lategate does not share code with, so a test cannot pass by PDFBox
 * agreeing with itself. Text comes back in Unicode's composed form (NFC) for comparing.
 */
public final class PdfToText {

    private PdfToText() {
    }

    /** The text of {@code pdf}, pages separated by form feeds, as pdftotext writes it. */
    public static String text(Path pdf) throws IOException, InterruptedException {
        Path out = Files.createTempFile(pdf.getParent(), "text", ".txt");
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("pdftotext is needed to read the PDF back: install poppler-utils "
                    + "(.ci/run does)", e);
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext took over a minute");
        assertEquals(0, p.exitValue(), "pdftotext " + pdf + ": " + said);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The fonts the pages of {@code pdf} use, by their base name, with whether each is a Type 0 font embedded in the file. */
    public static List<String> fonts(Path pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String entry = font.getName() + (font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font
                            ? " Type0" : " " + font.getClass().getSimpleName()) + (font.isEmbedded() ? " embedded" : "");
                    if (!fonts.contains(entry)) {
                        fonts.add(entry);
                    }
                }
            }
        }
        return fonts;
    }

    /** How many pages {@code pdf} has. */
    public static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
