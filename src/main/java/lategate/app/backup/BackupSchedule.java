package lategate.app.backup;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a kiosk makes its own backup: once a day at the set time (every day, holidays too: a kiosk
 * left on over a holiday still has something worth keeping), or at once when switched on after
 * that time without a backup made since. A failed try (the stick not plugged in) is tried again
 * every {@link #RETRY} for the rest of the day, so plugging the stick in is enough.
 */
public record BackupSchedule(LocalTime at) {

    public static final Duration RETRY = Duration.ofMinutes(10);

    public BackupSchedule {
        Objects.requireNonNull(at, "at");
    }

    /**
     * Whether a backup is due at {@code now}, given the newest backup known and the last try that
     * failed (both school local time).
     */
    public boolean due(LocalDateTime now, Optional<LocalDateTime> newest, Optional<LocalDateTime> lastFailedTry) {
        LocalDateTime todaysTime = now.toLocalDate().atTime(at);
        if (now.isBefore(todaysTime)) {
            return false;
        }
        if (newest.filter(made -> !made.isBefore(todaysTime)).isPresent()) {
            return false;
        }
        return lastFailedTry.filter(tried -> tried.plus(RETRY).isAfter(now)).isEmpty();
    }
}
