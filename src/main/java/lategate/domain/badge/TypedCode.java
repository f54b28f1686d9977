package lategate.domain.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a code typed by hand may have meant, where a person copying a printed code reads a digit
 * as the letter beside it in the font: the digit 0 typed as O (or o), the digit 1 typed as I (or
 * i, or a lower-case l). Only that direction: a typed 0 or 1 is taken as typed, since a letter O
 * or I on a badge is rarer than the digits (the digits fill every number part of a code), and
 * every pair read both ways would double the readings and with them the chance that a code with
 * a real slip elsewhere reads as some other valid code (docs/receptionist.md, "Typing a code").
 *
 * <p>A scanned code is never read this way: a scanner does not confuse O with 0, so a scan that
 * fails its check character is a misread, and refused.
 */
final class TypedCode {

    /** More look-alike letters than this and the code is not guessed at: too many readings to trust one. */
    static final int MOST_LOOK_ALIKES = 8;

    private TypedCode() {
    }

    /**
     * Every reading of {@code typed} in capitals, as typed first, then with each look-alike letter
     * read as its digit or left, in every combination; empty when it holds more than
     * {@link #MOST_LOOK_ALIKES} look-alikes.
     */
    static List<String> readings(String typed) {
        List<StringBuilder> readings = new ArrayList<>(List.of(new StringBuilder()));
        int lookAlikes = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            char upper = String.valueOf(c).toUpperCase(Locale.ROOT).charAt(0);
            char digit = digitFor(c);
            if (digit == 0) {
                readings.forEach(r -> r.append(upper));
                continue;
            }
            if (++lookAlikes > MOST_LOOK_ALIKES) {
                return List.of();
            }
            List<StringBuilder> more = new ArrayList<>();
            for (StringBuilder r : readings) {
                more.add(new StringBuilder(r).append(digit));
                r.append(upper);
            }
            readings.addAll(more);
        }
        return readings.stream().map(StringBuilder::toString).toList();
    }

    /** The digit a typed look-alike letter may stand for, or 0 when it stands only for itself. */
    private static char digitFor(char c) {
        return switch (c) {
            case 'O', 'o' -> '0';
            case 'I', 'i', 'l' -> '1';
            default -> 0;
        };
    }
}
