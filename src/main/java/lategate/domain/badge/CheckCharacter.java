package lategate.domain.badge;

import java.util.Optional;

/**
 * The check character of a printed badge code: ISO/IEC 7064 MOD 37,36, the hybrid system for
 * letters and digits. It refuses every code with one character wrong, and every code with two
 * neighbouring characters swapped, which are the misreads a cheap scanner or a hurried typist
 * makes (a character dropped or repeated changes the length and the check too). Its check is
 * itself a letter or digit, so a printed code stays within Code 128's and a keyboard's easy set.
 */
public final class CheckCharacter {

    /** The characters a pupil's code may hold, in the order of their values 0 to 35. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = ALPHABET.length();

    private CheckCharacter() {
    }

    /** The check character for a code of letters and digits; empty if it holds anything else. */
    public static Optional<Character> of(String code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        int product = M;
        for (int i = 0; i < code.length(); i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            int sum = (product + value) % M;
            if (sum == 0) {
                sum = M;
            }
            product = (2 * sum) % (M + 1);
        }
        return Optional.of(ALPHABET.charAt((M + 1 - product) % M));
    }

    /** Whether the last character of {@code codeWithCheck} is the check of the characters before it. */
    public static boolean holds(String codeWithCheck) {
        if (codeWithCheck.length() < 2) {
            return false;
        }
        String code = codeWithCheck.substring(0, codeWithCheck.length() - 1);
        char check = codeWithCheck.charAt(codeWithCheck.length() - 1);
        return of(code).map(c -> c == check).orElse(false);
    }
}
