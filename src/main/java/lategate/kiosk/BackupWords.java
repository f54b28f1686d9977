package lategate.kiosk;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lategate.store.SqliteBackups;

/** How backups are written for staff: sizes in words, one line per backup. */
public final class BackupWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm:ss", Locale.UK);

    private BackupWords() {
    }

    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** "Mon 23 Nov 2026 18:00:00  demo_2026-11-23T180000.db  1.2 MB" */
    public static String line(SqliteBackups.Backup backup) {
        return WHEN.format(backup.name().madeAt()) + "  " + backup.file().getFileName() + "  " + size(backup.bytes());
    }
}
