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
}
