package lategate.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arabic script laid out for a PDF, which shows glyphs left to right in the order given and shapes
 * nothing (nor does PDFBox). Each letter takes the form its neighbours call for (isolated, final,
 * initial or medial: Unicode's Arabic Presentation Forms, which DejaVu Sans has), lam and alef
 * become their ligature, and each right-to-left run is reversed (the Unicode Bidirectional
 * Algorithm, as {@link Bidi} applies it). Marks (harakat) stay after their letter.
 *
 * <p>What this covers: the Arabic letters of Unicode's Arabic block and the extra letters of Persian
 * and Urdu names (پ چ ژ ک گ ی). What it does not: the contextual forms a full shaping engine (HarfBuzz)
 * adds beyond these, and marks placed by the font's positioning tables; names read and print as
 * written, plainly set, as on a form typed without them.
 */
final class RightToLeft {

    private static final char LAM = '\u0644';
    /** Each letter's forms: isolated, final, then initial and medial for the letters joining on both sides. */
    private static final Map<Character, char[]> FORMS = new HashMap<>();

    static {
        // Arabic Presentation Forms-B, in the order of the Arabic block: R joins on its right only, D on both.
        String joining = "URRRRDRDRDDDDDRRRRDDDDDDDD";
        char form = '\uFE80';
        for (int i = 0; i < joining.length(); i++) {
            char letter = (char) ('\u0621' + i);
            int count = switch (joining.charAt(i)) {
                case 'U' -> 1;
                case 'R' -> 2;
                default -> 4;
            };
            FORMS.put(letter, forms(form, count));
            form += (char) count;
        }
        String afterTatweel = "DDDDDDDRRD"; // 0641 feh .. 064A yeh
        form = '\uFED1';
        for (int i = 0; i < afterTatweel.length(); i++) {
            int count = afterTatweel.charAt(i) == 'R' ? 2 : 4;
            FORMS.put((char) ('\u0641' + i), forms(form, count));
            form += (char) count;
        }
        // Persian and Urdu letters, in Presentation Forms-A.
        FORMS.put('\u067E', forms('\uFB56', 4)); // peh
        FORMS.put('\u0686', forms('\uFB7A', 4)); // tcheh
        FORMS.put('\u0698', forms('\uFB8A', 2)); // jeh
        FORMS.put('\u06A9', forms('\uFB8E', 4)); // keheh
        FORMS.put('\u06AF', forms('\uFB92', 4)); // gaf
        FORMS.put('\u06CC', forms('\uFBFC', 4)); // farsi yeh
    }

    /** Lam followed by each alef: the ligature's isolated form; its final form is the next code. */
    private static final Map<Character, Character> LAM_ALEF = Map.of('\u0622', '\uFEF5', '\u0623', '\uFEF7',
            '\u0625', '\uFEF9', '\u0627', '\uFEFB');

    private static final Map<Character, Character> MIRRORED = Map.of('(', ')', ')', '(', '[', ']', ']', '[',
            '<', '>', '>', '<', '{', '}', '}', '{');

    private RightToLeft() {
    }

    private static char[] forms(char first, int count) {
        char[] forms = new char[count];
        for (int i = 0; i < count; i++) {
            forms[i] = (char) (first + i);
        }
        return forms;
    }

    /** {@code text} (one line, in logical order) in the order and forms its glyphs are drawn, left to right. */
    static String visual(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        String shaped = shaped(text);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(shaped.length());
        for (int r : order) {
            String run = shaped.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            out.append(bidi.getRunLevel(r) % 2 == 1 ? reversed(run) : run);
        }
        return out.toString();
    }

    /** A right-to-left run reversed by clusters (a letter and the marks after it stay in that order), brackets mirrored. */
    private static String reversed(String run) {
        List<String> clusters = new ArrayList<>();
        int i = 0;
        while (i < run.length()) {
            int end = i + Character.charCount(run.codePointAt(i));
            while (end < run.length() && Character.getType(run.codePointAt(end)) == Character.NON_SPACING_MARK) {
                end += Character.charCount(run.codePointAt(end));
            }
            String cluster = run.substring(i, end);
            Character mirror = cluster.length() == 1 ? MIRRORED.get(cluster.charAt(0)) : null;
            clusters.add(mirror == null ? cluster : String.valueOf(mirror));
            i = end;
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int c = clusters.size() - 1; c >= 0; c--) {
            out.append(clusters.get(c));
        }
        return out.toString();
    }

    /** Each Arabic letter in its joined form, lam-alef as one ligature; still in logical order. */
    static String shaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsOnward(text, previousLetter(text, i));
            int next = nextLetter(text, i);
            if (c == LAM && next == i + 1 && LAM_ALEF.containsKey(text.charAt(next))) {
                out.append((char) (LAM_ALEF.get(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                i = next;
                continue;
            }
            boolean joinsAfter = forms.length == 4 && joinsBack(text, next);
            if (forms.length == 1) {
                out.append(forms[0]);
            } else if (forms.length == 2 || !joinsAfter) {
                out.append(joinsBefore ? forms[1] : forms[0]);
            } else {
                out.append(joinsBefore ? forms[3] : forms[2]);
            }
        }
        return out.toString();
    }

    /** Whether the letter at {@code i} joins the letter after it: a letter joining on both sides, or tatweel. */
    private static boolean joinsOnward(String text, int i) {
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u0640' || c == '\u200D' || (FORMS.containsKey(c) && FORMS.get(c).length == 4);
    }

    /** Whether the letter at {@code i} joins the letter before it. */
    private static boolean joinsBack(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u0640' || c == '\u200D' || (FORMS.containsKey(c) && FORMS.get(c).length > 1);
    }

    private static int previousLetter(String text, int i) {
        int p = i - 1;
        while (p >= 0 && Character.getType(text.charAt(p)) == Character.NON_SPACING_MARK) {
            p--;
        }
        return p;
    }

    private static int nextLetter(String text, int i) {
        int n = i + 1;
        while (n < text.length() && Character.getType(text.charAt(n)) == Character.NON_SPACING_MARK) {
            n++;
        }
        return n;
    }
}
