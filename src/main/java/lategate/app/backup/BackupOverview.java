package lategate.app.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What staff see about backups: where they go, when one was last made, when the next is due, and
 * why the last try failed if it did (most often: the USB stick is not plugged in).
 */
public record BackupOverview(Optional<String> folder, Optional<Instant> lastMade, LocalTime dailyAt,
                             Optional<String> problem) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    /** One or two sentences for the staff screen. */
    public String words(ZoneId zone, Instant now) {
        if (folder.isEmpty()) {
            return "Backup: no folder set ([backup] folder in the settings); no backups are made.";
        }
        String made = lastMade.map(at -> "last made " + when(at, zone, now)).orElse("none made yet");
        return "Backup: " + made + "; made each day at " + TIME.format(dailyAt) + "."
                + problem.map(p -> " Last try failed: " + p).orElse("");
    }

    private static String when(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return local.toLocalDate().equals(today) ? "today " + TIME.format(local) : DAY_TIME.format(local);
    }
}
