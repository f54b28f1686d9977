package lategate.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Plain text (a letter) set on A4 pages: 11 point, 25 mm margins, each text starting on a new
 * page, running onto more pages when long.
 *
 * <p>A letter's template is wrapped by whoever wrote it, at whatever width their editor used. So a
 * paragraph (lines between blank lines) whose lines are filled text, every line but its last at
 * least {@value #FILLED_LINE} characters, is joined and wrapped again at the page's width; any
 * other paragraph (an address, a signature, a list) keeps its lines as written, each wrapped only
 * if too long for the page.
 */
public final class TextPages {

    /** A line at least this long, in a paragraph of such lines, was wrapped by an editor, not by its writer's choice. */
    static final int FILLED_LINE = 60;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = (float) (25 * 72 / 25.4);
    private static final float SIZE = 11f;
    private static final float LEADING = SIZE * 1.35f;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final int LINES_PER_PAGE = (int) ((PAGE.getHeight() - 2 * MARGIN) / LEADING);

    private TextPages() {
    }

    /**
     * One PDF holding each of {@code texts}, each from a new page.
     *
     * @return the PDF's bytes, and how many pages each text took
     */
    public static Written pdf(List<String> texts, Typeface typeface, String title) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("lategate");
            PdfText font = typeface.load(document).regular();
            List<Integer> pages = new ArrayList<>();
            for (String text : texts) {
                pages.add(add(document, font, text));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return new Written(bytes.toByteArray(), pages);
        }
    }

    /** A PDF's bytes, and the pages each of its texts took, in order. */
    public record Written(byte[] bytes, List<Integer> pages) {
    }

    /** Sets {@code text} from a new page of {@code document}; returns how many pages it took. */
    private static int add(PDDocument document, PdfText font, String text) throws IOException {
        List<String> lines = lines(text, font);
        int pages = Math.max(1, (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
        for (int p = 0; p < pages; p++) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float baseline = PAGE.getHeight() - MARGIN - SIZE;
                for (String line : lines.subList(p * LINES_PER_PAGE, Math.min(lines.size(), (p + 1) * LINES_PER_PAGE))) {
                    if (!line.isBlank()) {
                        String shown = font.showable(line);
                        content.beginText();
                        content.setFont(font.font(), SIZE);
                        content.newLineAtOffset(MARGIN, baseline);
                        content.showText(shown);
                        content.endText();
                    }
                    baseline -= LEADING;
                }
            }
        }
        return pages;
    }

    /** The lines {@code text} is set in at the page's width, blank lines kept. */
    static List<String> lines(String text, PdfText font) {
        List<String> out = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String line : (text.replace("\r\n", "\n").replace('\r', '\n').stripTrailing() + "\n").split("\n", -1)) {
            if (line.isBlank()) {
                set(paragraph, font, out);
                paragraph.clear();
                out.add("");
            } else {
                paragraph.add(line.stripTrailing().replace('\t', ' '));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void set(List<String> paragraph, PdfText font, List<String> out) {
        if (paragraph.isEmpty()) {
            return;
        }
        boolean filled = paragraph.size() > 1 && paragraph.subList(0, paragraph.size() - 1).stream()
                .allMatch(l -> l.strip().length() >= FILLED_LINE);
        if (filled) {
            out.addAll(wrapped(String.join(" ", paragraph.stream().map(String::strip).toList()), font));
        } else {
            paragraph.forEach(l -> out.addAll(wrapped(l, font)));
        }
    }

    /** {@code line} broken between words to fit the page; a word wider than the page broken where it must be. */
    private static List<String> wrapped(String line, PdfText font) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" +")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (fits(tried, font)) {
                current.setLength(0);
                current.append(tried);
                continue;
            }
            if (!current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (!fits(rest, font)) {
                int end = rest.length();
                while (end > 1 && !fits(rest.substring(0, end), font)) {
                    end = rest.offsetByCodePoints(end, -1);
                }
                out.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            current.append(rest);
        }
        out.add(current.toString());
        return out;
    }

    private static boolean fits(String text, PdfText font) {
        return font.width(font.showable(text), SIZE) <= WIDTH;
    }
}
