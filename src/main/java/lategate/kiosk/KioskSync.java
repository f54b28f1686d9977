package lategate.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SummarySchedule;
import lategate.app.sync.Sync;
import lategate.app.sync.SyncMonitor;
import lategate.app.sync.SyncOverview;
import lategate.app.sync.SyncStatus;
import lategate.app.sync.SyncTarget;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteOutbox;
import lategate.sync.SettingsCopy;
import lategate.sync.hub.SyncTargets;
import lategate.wiring.SchoolServices;

/**
 * The kiosk's own summaries and sync: once each school day at the set time it makes the day's
 * summaries, and sends them when the school has turned automatic sync on, on its
 * {@link KioskChoreWorker}. A failure is kept for the staff screen and tried again the next day or
 * on `lategate sync`.
 */
public final class KioskSync implements SyncMonitor, AutoCloseable {

    private final Settings settings;
    private final Optional<Path> settingsFile;
    private final String kioskId;
    private final Clock clock;
    private final SqliteOutbox screenOutbox;
    private final SummarySchedule schedule;
    private final KioskChoreWorker worker;
    /** The day whose work was last started: kiosk's thread only. */
    private Optional<LocalDate> lastMadeFor = Optional.empty();

    /** {@code kioskDatabase} is the kiosk's own connection, read only from the kiosk's thread. */
    public KioskSync(Settings settings, Database kioskDatabase, String kioskId, Clock clock) {
        this(settings, Optional.empty(), kioskDatabase, kioskId, clock);
    }

    /** With the settings file, whose copy goes to the target before the summaries (a hub's reports read it). */
    public KioskSync(Settings settings, Optional<Path> settingsFile, Database kioskDatabase, String kioskId, Clock clock) {
        this.settings = settings;
        this.settingsFile = settingsFile;
        this.kioskId = kioskId;
        this.clock = clock;
        this.screenOutbox = new SqliteOutbox(kioskDatabase);
        this.schedule = SummarySchedule.of(settings.school(), settings.sync().summaryAt());
        this.worker = new KioskChoreWorker("lategate-sync", kioskDatabase.file());
    }

    /** Called on every turn of the kiosk's loop: starts the day's work when it is due, never waits for it. */
    public void tick(Instant now) {
        ZonedDateTime local = now.atZone(settings.school().zone());
        if (!worker.idle() || !schedule.due(local, lastMadeFor)) {
            return;
        }
        lastMadeFor = Optional.of(local.toLocalDate());
        worker.start(database -> makeAndSend(database, local.toLocalDate()));
    }

    /** Makes the day's summaries and, when sync is automatic, sends them; returns why sending failed. */
    private Optional<String> makeAndSend(Database database, LocalDate today) {
        SqliteOutbox outbox = new SqliteOutbox(database);
        new SchoolServices(settings, database, clock).summaries().catchUp(today, Optional.of(kioskId),
                clock.instant());
        Optional<String> target = settings.sync().target();
        if (!settings.sync().automatic() || target.isEmpty()) {
            return Optional.empty();
        }
        Optional<SettingsFile> copy = settingsFile.map(f -> SettingsCopy.of(settings.school().id(), f));
        try (SyncTarget opened = SyncTargets.open(target.get(), settings.sync().passwordFile())) {
            return new Sync(outbox, clock).send(opened, copy, done -> { }).failure();
        }
    }

    /** Whether no background work is running: for tests, which wait for it. */
    public boolean idle() {
        return worker.idle();
    }

    @Override
    public SyncOverview overview() {
        Optional<String> target = settings.sync().target();
        Optional<String> failed = worker.problem();
        if (target.isEmpty()) {
            return new SyncOverview(Optional.empty(), screenOutbox.undelivered(), Optional.empty(), failed);
        }
        SyncStatus status = screenOutbox.status(SyncTargets.nameOf(target.get()));
        return new SyncOverview(target, status.waiting(), status.lastDelivered(), failed);
    }

    @Override
    public void close() {
        worker.close();
    }
}
