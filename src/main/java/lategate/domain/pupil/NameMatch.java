package lategate.domain.pupil;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Names folded for matching what staff type: no case, no accents, no apostrophes or hyphens. */
public final class NameMatch {

    /** Pupils as staff look for them in a list: by family name, then given name, class and id. */
    public static final Comparator<Pupil> PUPILS_BY_NAME = Comparator.comparing((Pupil p) -> fold(p.familyName()))
            .thenComparing(p -> fold(p.givenName())).thenComparing(Pupil::className).thenComparing(Pupil::id);

    private NameMatch() {
    }

    /**
     * "Zoë O'Neill-Ó Briain" becomes "zoe oneill o briain": decomposed (NFD), combining marks
     * dropped, lower case, apostrophes gone, anything else that is not a letter or digit a space.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two names, as typed or as listed, name the same person once folded ({@link #fold}):
     * case, spaces around and between words, accents, apostrophes and hyphens do not tell people
     * apart, so "pat begum", " Pat  Begum " and "Pât Begum" are all "Pat Begum". A blank name
     * names nobody. Used where a match refuses (a collector listed as may not collect, a collector
     * confirming themself), so a refusal is never slipped past by typing a name differently.
     */
    public static boolean sameName(String a, String b) {
        String folded = fold(a);
        return !folded.isEmpty() && folded.equals(fold(b));
    }
}
