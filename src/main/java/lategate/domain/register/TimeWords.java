package lategate.domain.register;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and days are written for people: explanations, screens and the Late Book agree. */
public final class TimeWords {

    /** "Monday 23 November 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** "09:10". */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    /** "09:10:00". */
    public static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);
    /** "2026-11-23T09:10:00Z", always with seconds, for JSON and CSV. */
    public static final DateTimeFormatter INSTANT_WITH_OFFSET =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private TimeWords() {
    }
}
