package lategate.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as one PDF font can show it. With a Unicode font (DejaVu Sans, see {@link Typeface}) a name
 * prints as written: Thảo Nguyễn, Łukasiewicz, İpek Şahin. Arabic is joined and laid out right to
 * left first ({@link RightToLeft}), since a PDF shows glyphs in the order given and PDFBox does
 * neither.
 *
 * <p>PDF's standard fonts need nothing installed but hold only Western European letters: Zoë,
 * Siobhán and Müller print as they are, while the ễ of Nguyễn is not there, and PDFBox refuses the
 * whole string. So each character the font lacks is brought as close as the font allows: its
 * accents kept while the font has the letter with them (ễ becomes ê, then e), a few letters that do
 * not decompose spelt in plain letters (ł becomes l), and anything else (another script, an emoji)
 * shown as '?', never a crash. {@link #asWritten} says whether that happened, so the caller can
 * say which names were not printed as written: never a silent change.
 */
public final class PdfText {

    /** Letters that Unicode does not decompose into a base letter and an accent. */
    private static final Map<Integer, String> PLAIN_LETTERS = Map.ofEntries(
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"), Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŋ', "N"), Map.entry((int) 'ŋ', "n"), Map.entry((int) 'ĸ', "k"),
            Map.entry((int) 'Ŀ', "L"), Map.entry((int) 'ŀ', "l"), Map.entry((int) 'Ə', "E"), Map.entry((int) 'ə', "e"));
    private static final String UNSHOWABLE = "?";

    private final PDFont font;
    /** What each character became, so a roll of two thousand names asks the font once per character. */
    private final Map<Integer, String> shown = new HashMap<>();
    /** The characters shown as something else (a nearer letter, '?'). */
    private final Set<Integer> changed = new HashSet<>();

    public PdfText(PDFont font) {
        this.font = font;
    }

    public PDFont font() {
        return font;
    }

    /**
     * {@code text} as it is drawn, left to right: right-to-left words joined and reversed, and
     * every character the font cannot show replaced by its closest showable form.
     */
    public String showable(String text) {
        String composed = RightToLeft.visual(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> out.append(shown.computeIfAbsent(c, this::closest)));
        return out.toString();
    }

    /** Whether every letter of {@code text} is printed as itself, not as a nearer one or '?'. */
    public boolean asWritten(String text) {
        String composed = RightToLeft.visual(Normalizer.normalize(text, Normalizer.Form.NFC));
        showable(text);
        return composed.codePoints().noneMatch(changed::contains);
    }

    /** The width of already showable text at {@code size} points. */
    public float width(String showable, float size) {
        try {
            return font.getStringWidth(showable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String closest(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return " ";
        }
        String itself = new String(Character.toChars(c));
        if (shows(itself)) {
            return itself;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return ""; // invisible (a zero-width joiner, a direction mark): nothing to show, nothing lost
        }
        changed.add(c);
        if (type == Character.NON_SPACING_MARK) {
            return ""; // an accent the font has no letter with
        }
        String decomposed = Normalizer.normalize(itself, Normalizer.Form.NFD);
        // Drop accents from the last inwards, keeping the longest form the font has: ễ (e, ^, ~) becomes ê.
        for (int end = decomposed.length() - 1; end >= 1; end--) {
            String shorter = Normalizer.normalize(decomposed.substring(0, end), Normalizer.Form.NFC);
            if (shows(shorter)) {
                return shorter;
            }
        }
        String plain = PLAIN_LETTERS.get(c);
        if (plain != null && shows(plain)) {
            return plain;
        }
        return UNSHOWABLE;
    }

    private boolean shows(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false; // PDFBox's way of saying the font has no such glyph
        }
    }
}
