package lategate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import lategate.app.backup.BackupMonitor;
import lategate.app.backup.BackupOverview;
import lategate.app.backup.BackupSchedule;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteBackups;
import lategate.store.StoreException;

/**
 * The kiosk's own daily backup: at the set time ([backup] at, by default the end of the school
 * day) it backs the database up into the backup folder, on a background thread with its own
 * connection, so a slow USB stick never holds up a pupil. A failure (most often the stick not
 * plugged in) is kept for the staff screen and tried again every ten minutes that day.
 */
final class KioskBackup implements BackupMonitor, AutoCloseable {

    /** How long the backup waits for the kiosk's own writes: they take milliseconds. */
    private static final Duration BUSY = Duration.ofSeconds(10);

    private final Optional<SqliteBackups> backups;
    private final Path databaseFile;
    private final Clock clock;
    private final ZoneId zone;
    private final int keep;
    private final BackupSchedule schedule;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lategate-backup");
        t.setDaemon(true);
        return t;
    });
    /** Whether the folder has been looked in for backups made before this kiosk started. */
    private volatile boolean folderSeen;
    private final AtomicReference<Optional<LocalDateTime>> newest = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Optional<LocalDateTime>> lastFailedTry = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Optional<String>> problem = new AtomicReference<>(Optional.empty());
    private Future<?> running;

    KioskBackup(Settings settings, Path databaseFile, Clock clock) {
        this.backups = settings.backup().folder().map(f -> new SqliteBackups(f, settings.school().id()));
        this.databaseFile = databaseFile;
        this.clock = clock;
        this.zone = settings.school().zone();
        this.keep = settings.backup().keep();
        this.schedule = new BackupSchedule(settings.backup().dailyAt(settings.school()));
    }

    /** Called on every turn of the kiosk's loop: starts a backup when one is due, never waits for it. */
    void tick(Instant now) {
        if (backups.isEmpty() || (running != null && !running.isDone())) {
            return;
        }
        if (!folderSeen) {
            running = worker.submit(this::lookInFolder);
            return;
        }
        if (schedule.due(LocalDateTime.ofInstant(now, zone), newest.get(), lastFailedTry.get())) {
            running = worker.submit(this::make);
        }
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

    private void make() {
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), zone);
        try (Database database = Database.open(databaseFile, BUSY)) {
            SqliteBackups.Made made = backups.get().make(database, at, keep);
            newest.set(Optional.of(made.backup().name().madeAt()));
            lastFailedTry.set(Optional.empty());
            problem.set(Optional.empty());
        } catch (StoreException e) {
            lastFailedTry.set(Optional.of(at));
            problem.set(Optional.of(e.getMessage()));
        } catch (RuntimeException e) {
            lastFailedTry.set(Optional.of(at));
            problem.set(Optional.of("unexpected: " + e));
        }
    }

    /** Whether no background work is running: for tests, which wait for it. */
    boolean idle() {
        return running == null || running.isDone();
    }

    @Override
    public BackupOverview overview() {
        Optional<Instant> last = newest.get().map(t -> t.atZone(zone).toInstant());
        return new BackupOverview(backups.map(b -> b.folder().toString()), last, schedule.at(), problem.get());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
