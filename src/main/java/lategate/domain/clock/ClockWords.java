package lategate.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import lategate.domain.register.TimeWords;

/** How the clock rules write instants and spans for staff: "Monday 23 November 2026 08:57", "1 day 2 h 5 min". */
public final class ClockWords {

    private ClockWords() {
    }

    public static String moment(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return TimeWords.DAY.format(local) + " " + TimeWords.CLOCK.format(local);
    }

    public static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return d.toSeconds() + " s";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder words = new StringBuilder();
        if (days > 0) {
            words.append(days).append(days == 1 ? " day" : " days");
        }
        if (hours > 0) {
            words.append(words.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (mins > 0 || words.isEmpty()) {
            words.append(words.isEmpty() ? "" : " ").append(mins).append(" min");
        }
        return words.toString();
    }
}
