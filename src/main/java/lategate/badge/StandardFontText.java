package lategate.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as one of PDF's standard fonts can show it. Those fonts need nothing installed on the
 * machine (unlike text drawn with Java's own fonts), but their encoding holds only Western
 * European letters: Zoë, Siobhán and Müller print as they are, while the ễ of Nguyễn is not
 * there, and PDFBox refuses the whole string. So each character the font lacks is brought as
 * close as the font allows: its accents kept while the font has the letter with them (ễ becomes
 * ê, then e), a few letters that do not decompose spelt in plain letters (ł becomes l), and
 * anything else (another script, an emoji) shown as '?', never a crash.
 */
final class StandardFontText {

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

    StandardFontText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** {@code text} with every character the font cannot show replaced by its closest showable form. */
    String showable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        composed.codePoints().forEach(c -> out.append(shown.computeIfAbsent(c, this::closest)));
        return out.toString();
    }

    /** The width of already showable text at {@code size} points. */
    float width(String showable, float size) {
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
        if (type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK) {
            return ""; // invisible (a zero-width joiner, a stray accent): nothing to show
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
            return false; // PDFBox's way of saying the font's encoding has no such glyph
        }
    }
}
