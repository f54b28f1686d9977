package lategate.domain.badge;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A card's code as a keyboard reader may type it, normalised so that one card is one value
 * (docs/settings.md, "Existing cards"). Pure: no reader is asked anything.
 *
 * <p>What is assumed of an NFC reader that types like a keyboard (a "USB keyboard-wedge" reader):
 * it types the card's UID either as hex, in either case and perhaps without its leading zeros, or
 * as the decimal value of the UID's bytes, in the order the card gives them or reversed (both are
 * common factory settings). So a card whose UID is the four bytes 04 A1 B2 C3, written
 * {@code 04A1B2C3} on the roster, is read from {@code 04A1B2C3}, {@code 04a1b2c3}, {@code 4A1B2C3},
 * {@code 77705923} (its decimal) and {@code 3283263748} (the decimal of C3 B2 A1 04). A UID is
 * 4, 7 or 10 bytes (ISO/IEC 14443-3), so only a roster code of 8, 14 or 20 hex digits is taken
 * as a UID; any other code (an admission number, a UPN) is matched as written, ignoring case.
 *
 * <p>Each code and each scan is a set of keys: its text in capitals, and for a UID (or a scan made
 * only of hex or decimal digits) the numbers it may stand for. A scan matches a code when they
 * share a key. Whether that names one pupil only is {@link AsIsBadges}'s question.
 */
public final class CardNumber {

    private static final String TEXT = "=";
    private static final String NUMBER = "#";
    /** A 10-byte UID is 20 hex digits; a few leading zeros more are still a number, anything longer is not a card's. */
    private static final int MOST_HEX_DIGITS = 24;
    /** A 10-byte UID in decimal is at most 25 digits (2^80 is about 1.2 x 10^24). */
    private static final int MOST_DECIMAL_DIGITS = 25;

    private CardNumber() {
    }

    /** The keys by which a scan finds a roster's code. */
    public static Set<String> keysOfCode(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(TEXT + upper);
        if (isUid(upper)) {
            byte[] bytes = new BigInteger(upper, 16).toByteArray();
            int length = upper.length() / 2;
            byte[] uid = new byte[length];
            // toByteArray may add a sign byte in front or drop leading zero bytes: right-align into the UID.
            int copy = Math.min(bytes.length, length);
            System.arraycopy(bytes, bytes.length - copy, uid, length - copy, copy);
            keys.add(number(new BigInteger(1, uid)));
            keys.add(number(new BigInteger(1, reversed(uid))));
        }
        return keys;
    }

    /** The keys a scanned text may stand for: as written, and as a hex or decimal number when it is one. */
    public static Set<String> keysOfScan(String scanned) {
        String upper = scanned.toUpperCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(TEXT + upper);
        if (!upper.isEmpty() && upper.length() <= MOST_HEX_DIGITS && upper.chars().allMatch(CardNumber::hexDigit)) {
            keys.add(number(new BigInteger(upper, 16)));
        }
        if (!upper.isEmpty() && upper.length() <= MOST_DECIMAL_DIGITS
                && upper.chars().allMatch(c -> c >= '0' && c <= '9')) {
            keys.add(number(new BigInteger(upper, 10)));
        }
        return keys;
    }

    /**
     * The texts a reader may type for a roster's code: the code itself, and for a UID its hex
     * without leading zeros and its decimals, in either byte order. Each must name only its own
     * pupil, which the roster import checks.
     */
    public static List<String> readingsOf(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        Set<String> readings = new LinkedHashSet<>();
        readings.add(upper);
        if (isUid(upper)) {
            for (String key : keysOfCode(upper)) {
                if (key.startsWith(NUMBER)) {
                    BigInteger value = new BigInteger(key.substring(1), 16);
                    readings.add(value.toString(16).toUpperCase(Locale.ROOT));
                    readings.add(value.toString(10));
                }
            }
        }
        return List.copyOf(readings);
    }

    /** Whether a roster's code is written as a card's UID: 4, 7 or 10 bytes in hex. */
    public static boolean isUid(String code) {
        int n = code.length();
        return (n == 8 || n == 14 || n == 20) && code.chars().allMatch(CardNumber::hexDigit);
    }

    private static String number(BigInteger value) {
        return NUMBER + value.toString(16).toUpperCase(Locale.ROOT);
    }

    private static boolean hexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
