package lategate.domain.badge;

import java.util.Optional;

/**
 * The check character of a printed badge code. It refuses every code with one character wrong,
 * and every code with two neighbouring characters swapped (the check character itself included),
 * which are the misreads a cheap scanner or a hurried typist makes; a character dropped or
 * repeated changes the length, and the check with it, all but once in 36. Its check is itself a
 * letter or digit, so a printed code stays within Code 128's and a keyboard's easy set.
 *
 * <p>How: Damm's method over the 36 letters and digits. Each character is a value 0 to 35, and
 * the code is folded left to right through an operation {@code x ∘ y} that is a quasigroup
 * (each row and column a permutation of the 36 values: one character changed changes the
 * result) and totally anti-symmetric ({@code (c ∘ x) ∘ y = (c ∘ y) ∘ x} only when
 * {@code x = y}: two neighbours swapped changes it). The check character brings the fold to 0.
 * The operation is the product of two small ones that have both properties: on 0 to 3 as the
 * field of four elements, {@code ωx + y}, and on 0 to 8 as the integers mod 9, {@code 2x + y}
 * (value {@code v} is the pair {@code v / 9}, {@code v % 9}). ISO/IEC 7064 MOD 37,36 was used
 * before: it lets some swaps through (S000501 read as S000510 is another pupil's valid code).
 */
public final class CheckCharacter {

    /** The characters a pupil's code may hold, in the order of their values 0 to 35. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** ω times 0, 1, ω, ω² in the field of four elements, whose addition is exclusive or. */
    private static final int[] OMEGA_TIMES = {0, 2, 3, 1};
    /**
     * Where the fold starts. From 0 a leading 0 would change nothing ({@code 0 ∘ 0 = 0}), so a
     * code 0123 with its 0 dropped would read as 123; from A it is a leading Z, rarer at the
     * front of a school's codes, that passes unseen.
     */
    private static final int START = 10;

    private CheckCharacter() {
    }

    /** The check character for a code of letters and digits; empty if it holds anything else. */
    public static Optional<Character> of(String code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return fold(code).map(r -> ALPHABET.charAt(9 * OMEGA_TIMES[r / 9] + Math.floorMod(-2 * (r % 9), 9)));
    }

    /** Whether the last character of {@code codeWithCheck} is the check of the characters before it. */
    public static boolean holds(String codeWithCheck) {
        return codeWithCheck.length() >= 2 && fold(codeWithCheck).map(r -> r == 0).orElse(false);
    }

    /** The code folded through the operation from {@link #START}; empty if a character is not in the alphabet. */
    private static Optional<Integer> fold(String code) {
        int r = START;
        for (int i = 0; i < code.length(); i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            r = op(r, value);
        }
        return Optional.of(r);
    }

    /** {@code x ∘ y}: ωx + y on the quarters (x / 9), 2x + y mod 9 on the rest. */
    static int op(int x, int y) {
        return 9 * (OMEGA_TIMES[x / 9] ^ (y / 9)) + (2 * (x % 9) + y % 9) % 9;
    }
}
