package lategate.scanner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A status's time for staff: the time alone today, with the day before today (a kiosk left on overnight). */
final class StatusTime {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private StatusTime() {
    }

    static String of(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return local.toLocalDate().equals(today) ? TIME.format(local) : DAY_TIME.format(local);
    }
}
