package lategate.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lategate.settings.Settings;
import lategate.store.DatabaseHealth;
import lategate.store.SqliteBackups;
import lategate.store.StorageRefusal;
import lategate.store.StoreException;
import lategate.tui.DamagedDatabaseScreen;
import lategate.tui.StorageRefusedScreen;

/** What staff are told about a damaged database: the newest backups found and the command that restores one. */
final class DamageNotices {

    /** How many backups the screen lists: the newest few are the ones worth restoring. */
    private static final int LISTED = 3;

    private DamageNotices() {
    }

    static DamagedDatabaseScreen.Notice of(Settings settings, Path settingsFile, Path db, DatabaseHealth.Report report) {
        String school = settings.school().id();
        if (settings.backup().folder().isEmpty()) {
            return new DamagedDatabaseScreen.Notice(db.toAbsolutePath().toString(), report.problem().orElse("?"),
                    "No backup folder is set ([backup] folder in " + settingsFile + "), so lategate has made no "
                            + "backups: ask whoever looks after this machine for a copy of the database.",
                    List.of(), List.of());
        }
        Path folder = settings.backup().folder().get();
        List<SqliteBackups.Backup> found;
        try {
            found = new SqliteBackups(folder, school).list();
        } catch (StoreException e) {
            found = List.of();
        }
        String heading = found.isEmpty()
                ? "No backups of " + school + " were found in " + folder + " (is the USB stick plugged in?)."
                : "Backups of " + school + " in " + folder + ", newest first:";
        List<String> lines = new ArrayList<>();
        found.stream().limit(LISTED).forEach(b -> lines.add(BackupWords.line(b)));
        List<String> restore = found.isEmpty() ? List.of()
                : List.of("lategate restore --school " + settingsFile.toAbsolutePath() + " \\",
                "--db " + db.toAbsolutePath() + " \\", found.get(0).file().toAbsolutePath().toString());
        return new DamagedDatabaseScreen.Notice(db.toAbsolutePath().toString(), report.problem().orElse("?"), heading,
                lines, restore);
    }

    /** What staff are told when the storage, not the database, refused: its own heading and words, no backups. */
    static StorageRefusedScreen.Notice of(Path db, StorageRefusal refusal) {
        return new StorageRefusedScreen.Notice(refusal.kind().heading(), db.toAbsolutePath().toString(),
                refusal.words());
    }

    /** The storage's refusal as one message, for a log or a command run off a terminal. */
    static String inOneMessage(StorageRefusedScreen.Notice notice) {
        return "the database " + notice.database() + " cannot be written: " + notice.problem()
                + "; the kiosk did not start";
    }

    /** The notice as one message, for a log or a command run off a terminal. */
    static String inOneMessage(DamagedDatabaseScreen.Notice notice) {
        String restore = notice.restore().isEmpty() ? notice.backupsHeading()
                : "to restore the newest backup: " + String.join(" ", notice.restore()).replace(" \\", "");
        return "the database " + notice.database() + " is damaged: " + notice.problem()
                + "; nothing was changed and the kiosk did not start; " + restore;
    }
}
