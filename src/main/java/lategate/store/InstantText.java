package lategate.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text (nine fraction digits), so that SQLite's text order is time
 * order: Instant.toString() drops trailing zeros, and "09:00:00.5Z" would sort before "09:00:00Z".
 */
final class InstantText {

    private static final DateTimeFormatter FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private InstantText() {
    }

    static String of(Instant instant) {
        return FIXED.format(instant);
    }

    /**
     * Reads an instant this class wrote, digit by digit: a year's report reads tens of thousands in a
     * fresh JVM, where the general parser is most of the time. Any other ISO-8601 text is read by it.
     */
    static Instant parse(String text) {
        if (text.length() != 30 || text.charAt(4) != '-' || text.charAt(10) != 'T' || text.charAt(19) != '.'
                || text.charAt(29) != 'Z') {
            return Instant.parse(text);
        }
        try {
            long days = java.time.LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                    .toEpochDay();
            long seconds = days * 86_400L + digits(text, 11, 13) * 3600L + digits(text, 14, 16) * 60L
                    + digits(text, 17, 19);
            return Instant.ofEpochSecond(seconds, digits(text, 20, 29));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Instant.parse(text);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
