package lategate.settings;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Where and when the kiosk backs up its database, from the optional [backup] table.
 *
 * @param folder an absolute folder, a USB stick's mount or a local one; none means no automatic backups
 * @param at     when the kiosk makes the day's backup; by default the end of the school day
 * @param keep   how many of this school's newest backups the folder keeps; older ones lategate made are removed
 */
public record BackupSettings(Optional<Path> folder, Optional<LocalTime> at, int keep) {

    public static final int DEFAULT_KEEP = 14;
    public static final BackupSettings NONE = new BackupSettings(Optional.empty(), Optional.empty(), DEFAULT_KEEP);

    /** The time of the daily backup: the set one, else when the school day ends. */
    public LocalTime dailyAt(lategate.domain.school.School school) {
        return at.orElse(school.timetable().dayEnds());
    }
}
