package lategate.app.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What staff see about sync: where summaries go, how many wait, when one last got through, and
 * the last problem if the latest attempt failed.
 */
public record SyncOverview(Optional<String> target, int waiting, Optional<Instant> lastSent,
                           Optional<String> problem) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    /** One or two sentences for the staff screen. */
    public String words(ZoneId zone, Instant now) {
        String wait = waiting == 0 ? "nothing waits to be sent"
                : waiting + (waiting == 1 ? " summary waits" : " summaries wait") + " to be sent";
        if (target.isEmpty()) {
            return "Sync: no target set ([sync] target in the settings); " + wait + ".";
        }
        String sent = lastSent.map(at -> "last sent " + when(at, zone, now)).orElse("never sent yet");
        return "Sync: " + wait + "; " + sent + "." + problem.map(p -> " Last try failed: " + p).orElse("");
    }

    private static String when(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return local.toLocalDate().equals(today) ? "today " + TIME.format(local) : DAY_TIME.format(local);
    }
}
