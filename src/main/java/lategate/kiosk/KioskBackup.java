package lategate.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import lategate.app.backup.BackupMonitor;
import lategate.app.backup.BackupOverview;
import lategate.app.backup.BackupSchedule;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteBackups;
import lategate.store.SqliteRegisterIntegrity;
import lategate.store.StoreException;

/**
 * The kiosk's own daily backup: at the set time ([backup] at, by default the end of the school
 * day) it backs the database up into the backup folder on its {@link KioskChoreWorker}. A failure
 * (most often the stick not plugged in) is kept for the staff screen and tried again every ten
 * minutes that day.
 */
final class KioskBackup implements BackupMonitor, AutoCloseable {

    private final Optional<SqliteBackups> backups;
    private final Clock clock;
    private final ZoneId zone;
    private final int keep;
    private final BackupSchedule schedule;
    private final KioskChoreWorker worker;
    /** Whether the folder has been looked in for backups made before this kiosk started. */
    private volatile boolean folderSeen;
    private final AtomicReference<Optional<LocalDateTime>> newest = new AtomicReference<>(Optional.empty());
    /** When the last backup was tried: kiosk's thread only. */
    private Optional<LocalDateTime> lastTry = Optional.empty();

    KioskBackup(Settings settings, Path databaseFile, Clock clock) {
        this.backups = settings.backup().folder().map(f -> new SqliteBackups(f, settings.school().id()));
        this.clock = clock;
        this.zone = settings.school().zone();
        this.keep = settings.backup().keep();
        this.schedule = new BackupSchedule(settings.backup().dailyAt(settings.school()));
        this.worker = new KioskChoreWorker("lategate-backup", databaseFile);
    }

    /** Called on every turn of the kiosk's loop: starts a backup when one is due, never waits for it. */
    void tick(Instant now) {
        if (backups.isEmpty() || !worker.idle()) {
            return;
        }
        if (!folderSeen) {
            worker.startWithoutConnection(this::lookInFolder);
            return;
        }
        if (schedule.due(LocalDateTime.ofInstant(now, zone), newest.get(), lastFailedTry())) {
            LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), zone);
            lastTry = Optional.of(at);
            worker.start(database -> make(database, at));
        }
    }

    /** The worker keeps a problem from the last try until a backup is made: that try failed. */
    private Optional<LocalDateTime> lastFailedTry() {
        return worker.problem().isPresent() ? lastTry : Optional.empty();
    }

    /** Learns the newest backup already made, so a kiosk restarted in the evening does not make another. */
    private void lookInFolder() {
        try {
            newest.set(backups.get().list().stream().findFirst().map(b -> b.name().madeAt()));
        } catch (StoreException e) {
            // an unreadable folder: the backup due will say so when it is tried
        }
        folderSeen = true;
    }

    private Optional<String> make(Database database, LocalDateTime at) {
        SqliteBackups.Made made = backups.get().make(database, at, keep);
        newest.set(Optional.of(made.backup().name().madeAt()));
        // each backup is a moment the register's chain is checked too (docs/tamper-evidence.md): the
        // staff menu shows what was found, and a backup of a changed register is still kept, as evidence
        new SqliteRegisterIntegrity(database).checkRecent(clock.instant());
        return Optional.empty();
    }

    /** Whether no background work is running: for tests, which wait for it. */
    boolean idle() {
        return worker.idle();
    }

    @Override
    public BackupOverview overview() {
        Optional<Instant> last = newest.get().map(t -> t.atZone(zone).toInstant());
        return new BackupOverview(backups.map(b -> b.folder().toString()), last, schedule.at(), worker.problem());
    }

    @Override
    public void close() {
        worker.close();
    }
}
