package lategate.kiosk;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.app.SignIn;
import lategate.app.clock.TrustedTime;
import lategate.app.held.HeldScans;
import lategate.domain.clock.ClockPlausibility;
import lategate.app.backup.BackupMonitor;
import lategate.domain.school.School;
import lategate.domain.text.TerminalText;
import lategate.scanner.KioskInbox;
import lategate.scanner.ScannerMonitor;
import lategate.app.slips.LateSlips;
import lategate.slips.SlipPrinterQueue;
import lategate.scanner.serial.SerialScanners;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.DatabaseHealth;
import lategate.store.HeldScansFile;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.StorageRefusal;
import lategate.store.StoreException;
import lategate.tui.DamagedDatabaseScreen;
import lategate.tui.KioskFlow;
import lategate.tui.StaffDesk;
import lategate.tui.StaffFlow;
import lategate.tui.StorageRefusedScreen;
import lategate.tui.KioskTerminal;
import lategate.tui.KioskTimings;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

/** Starts the kiosk full screen on this process's terminal, for `kiosk` and `demo`. */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    /** A clock that starts at {@code start} (school time) and runs on, for demos and training. */
    public static Clock startingAt(Clock real, Instant start, ZoneId zone) {
        return Clock.offset(real, Duration.between(real.instant(), start)).withZone(zone);
    }

    /**
     * How long the kiosk waits for another writer before telling the pupil "not saved": another
     * kiosk's commit takes milliseconds, and a pupil must not stand before a frozen screen.
     */
    static final Duration KIOSK_BUSY_TIMEOUT = Duration.ofSeconds(2);

    /** Settings and database, read and opened at the same time. */
    public record Prepared(Settings settings, Database database) {
    }

    /** The database failed its check at start: the settings are good, the file is not, nothing was opened. */
    public static final class DamagedAtStart extends Exception {
        private final transient Settings settings;
        private final transient DatabaseHealth.Report report;

        public DamagedAtStart(Settings settings, DatabaseHealth.Report report) {
            super(report.problem().orElse("damaged"));
            this.settings = settings;
            this.report = report;
        }

        public Settings settings() {
            return settings;
        }

        public DatabaseHealth.Report report() {
            return report;
        }
    }

    /**
     * The disk or the file system will not take writes (full, mounted read-only, a read-only file,
     * the wrong user): found before the first pupil scans, and never shown as damage.
     */
    public static final class RefusedAtStart extends Exception {
        private final transient Settings settings;
        private final transient StorageRefusal refusal;

        public RefusedAtStart(Settings settings, StorageRefusal refusal) {
            super(refusal.words());
            this.settings = settings;
            this.refusal = refusal;
        }

        public Settings settings() {
            return settings;
        }

        public StorageRefusal refusal() {
            return refusal;
        }
    }

    /** Carries a storage refusal out of the thread that opens the database. */
    private static final class Refused extends RuntimeException {
        private final transient StorageRefusal refusal;

        Refused(StorageRefusal refusal) {
            super(refusal.words(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Carries a failed check out of the thread that opens the database. */
    private static final class Unsound extends RuntimeException {
        private final transient DatabaseHealth.Report report;

        Unsound(DatabaseHealth.Report report) {
            super(report.problem().orElse("damaged"), null, false, false);
            this.report = report;
        }
    }

    /**
     * Reads the settings and opens the database in parallel: the TOML parser's start-up and
     * SQLite's native library each take a few hundred milliseconds on a small machine, and a
     * kiosk that restarts after a power cut should be back on screen within a second. The file
     * gets SQLite's quick check first, read only: a file damaged by a power cut is reported
     * ({@link DamagedAtStart}) before anything could write to it; a file or file system that will
     * not take writes is reported ({@link RefusedAtStart}) before the first pupil is told "not saved".
     */
    public static Prepared prepare(Path settingsFile, Path db) throws Exception {
        java.util.concurrent.CompletableFuture<Database> opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            StorageRefusal.beforeWriting(db).ifPresent(refusal -> {
                throw new Refused(refusal);
            });
            if (java.nio.file.Files.isRegularFile(db)) {
                DatabaseHealth.Report health = DatabaseHealth.quick(db);
                if (health.storage().isPresent()) {
                    throw new Refused(health.storage().get());
                }
                if (!health.sound()) {
                    throw new Unsound(health);
                }
            }
            Database database;
            try {
                database = Database.open(db);
            } catch (StoreException e) {
                throw e.storage().<RuntimeException>map(Refused::new).orElse(e);
            }
            lategate.domain.register.TimeWords.DAY.format(java.time.LocalDate.EPOCH); // loads the UK locale data now
            return database;
        });
        Settings settings;
        try {
            settings = lategate.settings.SchoolSettings.read(settingsFile);
        } catch (Exception e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        try {
            return new Prepared(settings, opening.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Unsound unsound) {
                throw new DamagedAtStart(settings, unsound.report);
            }
            if (e.getCause() instanceof Refused refused) {
                throw new RefusedAtStart(settings, refused.refusal);
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public static void run(Settings settings, Path settingsFile, Database opened, String kioskId, Clock clock)
            throws Exception {
        if (System.console() == null) {
            opened.close();
            throw new BadInputException("the kiosk needs a terminal to run in (standard input and output are not one)");
        }
        try (Database database = opened; KioskSync sync = new KioskSync(settings, Optional.of(settingsFile), database,
                kioskId, clock); KioskBackup backup = new KioskBackup(settings, database.file(), clock);
             KioskChoreWorker startCheck = new KioskChoreWorker("lategate-verify", database.file())) {
            FirstAdministrator.askIfNone(System.console(), database, settings, clock);
            // The register's chain is checked at each start, from the last whole check on (docs/tamper-evidence.md),
            // on a thread of its own: a pupil is never kept waiting for it; the staff menu shows what it found.
            // It starts on the kiosk loop's first turn, once the idle screen is drawn: on a board with one slow
            // CPU, a check (and its SHA-256) started earlier takes its share of the CPU from drawing that screen.
            boolean[] checkStarted = {false};
            java.util.function.Consumer<Instant> afterIdle = now -> {
                if (!checkStarted[0]) {
                    checkStarted[0] = true;
                    startCheck.start(db -> {
                        new SchoolServices(settings, db, clock).integrity().checkRecent(clock.instant());
                        return Optional.empty();
                    });
                }
            };
            // UTF-8 whatever the locale (under LANG=C Java would draw borders as 'lqqk'); Ctrl-C trapped.
            UnixTerminal terminal = new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                    UnixLikeTerminal.CtrlCBehaviour.TRAP);
            withoutSignalKeys();
            KioskInbox inbox = new KioskInbox();
            Wiring wiring = new Wiring(settings, database, kioskId, clock, sync).withBackup(backup);
            // Serial scanners are read from now until the kiosk closes, when their ports are closed too. They
            // time what they read by the kiosk's checked clock, as the keyboard does: after staff correct the
            // time, a scan or a fault timed by the system clock would be as far out as the clock was.
            // Late slips print on a thread of their own, timed by the same clock; what cannot be printed is said
            // in the journal and on the staff menu, and never holds up a pupil (docs/receptionist.md, "Late slips").
            Optional<SlipPrinterQueue> slips = settings.slips().map(s -> SlipPrinterQueue.start(s,
                    wiring.time().clock(), line -> System.err.println("lategate: " + TerminalText.visible(line))));
            try (SerialScanners scanners = SerialScanners.start(settings.scanners(), inbox, wiring.time().clock())) {
                runUntilStopped(on(terminal, wiring.withScanners(inbox, scanners)
                        .withSlips(slips.<LateSlips>map(q -> q).orElse(LateSlips.NONE)), afterIdle));
            } finally {
                slips.ifPresent(SlipPrinterQueue::close);
            }
        }
    }

    /**
     * Runs the kiosk on this thread. A service manager stops it with SIGTERM (every evening's
     * shutdown), which runs shutdown hooks but no finally block: the hook asks the kiosk's thread to
     * stop as the exit PIN would, so what it holds is kept before the JVM ends.
     */
    private static void runUntilStopped(KioskTerminal kiosk) throws Exception {
        Thread hook = new Thread(() -> {
            try {
                // Longer than a save waits for another kiosk's write; well inside systemd's stop timeout.
                kiosk.stopAndWait(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lategate-kiosk-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            kiosk.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook is what stopped the kiosk
            }
        }
    }

    /**
     * Lanterna traps Ctrl-C only; Ctrl-\\ (a thread dump over the screen), Ctrl-S (a frozen
     * display) and the rest must do nothing at a kiosk too. Lanterna saved the terminal's settings
     * when it opened it and puts them back on the way out, so this lasts as long as the kiosk.
     */
    private static void withoutSignalKeys() throws Exception {
        new ProcessBuilder("sh", "-c", "stty -isig -ixon < /dev/tty").inheritIO().start().waitFor();
    }

    /**
     * The damaged database's screen for staff, until the exit key or Ctrl-C; off a terminal, the
     * same in a message. Always exit 1: nothing was started, and the service manager may try again.
     */
    public static int showDamage(DamagedAtStart damage, Path settingsFile, Path db) throws Exception {
        DamagedDatabaseScreen.Notice notice = DamageNotices.of(damage.settings(), settingsFile, db, damage.report());
        return held(DamageNotices.inOneMessage(notice),
                terminal -> new DamagedDatabaseScreen(notice, damage.settings().kiosk().exitFunctionKey()).show(terminal));
    }

    /**
     * The storage's refusal on its own screen for staff, until the exit key or Ctrl-C; off a
     * terminal, the same in a message. Exit 1, as for damage: nothing was started.
     */
    public static int showRefusal(RefusedAtStart refused, Path db) throws Exception {
        StorageRefusedScreen.Notice notice = DamageNotices.of(db, refused.refusal());
        return held(DamageNotices.inOneMessage(notice),
                terminal -> new StorageRefusedScreen(notice, refused.settings().kiosk().exitFunctionKey()).show(terminal));
    }

    /** A screen shown on this process's terminal instead of the kiosk; off a terminal, its message instead. */
    @FunctionalInterface
    private interface HeldScreen {
        void show(UnixTerminal terminal) throws Exception;
    }

    private static int held(String message, HeldScreen screen) throws Exception {
        if (System.console() == null) {
            throw new BadInputException(message);
        }
        UnixTerminal terminal = new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                UnixLikeTerminal.CtrlCBehaviour.TRAP);
        withoutSignalKeys();
        screen.show(terminal);
        System.err.println("lategate: " + message);
        return 1;
    }

    /**
     * What a kiosk is wired to besides its terminal: its settings, database, name, the system clock
     * and its sync; no serial scanners and no daily backup unless given with {@link #withScanners}
     * and {@link #withBackup}.
     */
    public record Wiring(Settings settings, Database database, String kioskId, TrustedTime time, KioskSync sync,
                  KioskInbox inbox, ScannerMonitor scanners, Optional<KioskBackup> backup, LateSlips slips) {

        public Wiring(Settings settings, Database database, String kioskId, TrustedTime time, KioskSync sync,
                      KioskInbox inbox, ScannerMonitor scanners, Optional<KioskBackup> backup) {
            this(settings, database, kioskId, time, sync, inbox, scanners, backup, LateSlips.NONE);
        }

        /** Handing late pupils' slips to {@code slips}, and showing staff how its printer is. */
        public Wiring withSlips(LateSlips slips) {
            return new Wiring(settings, database, kioskId, time, sync, inbox, scanners, backup, slips);
        }

        /** Everything at the kiosk is timed by {@code time}: the system clock, checked and as staff corrected it. */
        public Wiring(Settings settings, Database database, String kioskId, Clock systemClock, KioskSync sync) {
            this(settings, database, kioskId, trustedTime(new SchoolServices(settings, database, systemClock), kioskId),
                    sync, new KioskInbox(), ScannerMonitor.NONE, Optional.empty());
        }

        private static TrustedTime trustedTime(SchoolServices school, String kioskId) {
            return new TrustedTime(school.school(), new ClockPlausibility(SignIn.CLOCK_ALLOWANCE,
                    school.settings().clock().maxJump()), school.clockLog(), school.pupils(), school.clock(),
                    System::nanoTime, kioskId);
        }

        /** Taking what serial scanners put into {@code inbox}, and showing staff how {@code scanners} are. */
        public Wiring withScanners(KioskInbox inbox, ScannerMonitor scanners) {
            return new Wiring(settings, database, kioskId, time, sync, inbox, scanners, backup, slips);
        }

        /** With the kiosk's daily backup, shown to staff and made from the kiosk loop's chores. */
        public Wiring withBackup(KioskBackup backup) {
            return new Wiring(settings, database, kioskId, time, sync, inbox, scanners, Optional.of(backup), slips);
        }
    }

    /**
     * Records the scans held beside the register the last time its file went away, before the first
     * pupil scans (docs/held-scans.md); what could not be recorded stays in the file, and the idle
     * screen tells staff until a start records it all. Said in the log too (journalctl).
     */
    private static void recordHeldScans(Database database, School school, SignIn signIn, SqliteRegisterLog register,
                                        SqlitePupils pupils, HeldScans held, Clock clock) {
        Optional<HeldImport.Report> report;
        try {
            report = HeldImport.run(database.file(), school, signIn, register, pupils.hasRoster(), clock.instant());
        } catch (RuntimeException e) {
            System.err.println("lategate: " + TerminalText.visible(String.valueOf(e.getMessage())));
            held.leftOver("STAFF: SCANS HELD EARLIER ARE NOT IN THE REGISTER: " + e.getMessage() + ".");
            return;
        }
        report.ifPresent(r -> {
            r.problems().forEach(p -> System.err.println("lategate: " + TerminalText.visible(p)));
            System.err.println("lategate: " + TerminalText.visible(r.summary()));
            if (!r.result().complete()) {
                held.leftOver("STAFF: " + r.result().problems().size() + " OF THE SCANS HELD EARLIER IN "
                        + r.file() + " ARE NOT IN THE REGISTER (" + r.problems().get(0) + (r.problems().size() > 1
                        ? ", and more" : "") + "). Run 'lategate held import' with this kiosk's --school and "
                        + "--db to see each, correct or delete those lines, and run it again.");
            }
        });
    }

    /** The kiosk wired to {@code terminal}, real or virtual, and to what {@code wiring} names; not yet started. */
    public static KioskTerminal on(Terminal terminal, Wiring wiring) throws java.io.IOException {
        return on(terminal, wiring, now -> { });
    }

    /**
     * As {@link #on(Terminal, Wiring)}, with {@code afterIdle} run on every turn of the kiosk's loop
     * besides the sync and the backup: from the first turn on, after the idle screen is drawn. It must
     * return at once and do slow work elsewhere.
     */
    static KioskTerminal on(Terminal terminal, Wiring wiring, java.util.function.Consumer<Instant> afterIdle)
            throws java.io.IOException {
        Settings settings = wiring.settings();
        Database database = wiring.database();
        String kioskId = wiring.kioskId();
        PinHash exitPin = settings.kiosk().exitPin().orElseThrow(() -> new BadInputException(
                "the kiosk needs a staff exit PIN: run 'lategate pin-hash' and put the line it prints under [kiosk] as "
                        + "exit_pin_hash in the school's settings file"));
        database.belongsTo(settings.school().id());
        School school = settings.school();
        // Everything at the kiosk is timed by the checked clock; a pupil's arrival waits while it is in question (docs/domain.md, "The kiosk's clock").
        TrustedTime time = wiring.time();
        Clock clock = time.clock();
        SchoolServices services = new SchoolServices(settings, database, clock);
        SqliteRegisterLog register = services.registerLog();
        SqlitePupils pupils = services.pupils();
        SignIn signIn = services.signIn().guardedBy(time);
        KioskTimings timings = new KioskTimings(settings.kiosk().messageFor(), settings.kiosk().reasonTimeout(),
                Duration.ofSeconds(30), settings.staff().lockoutAfterWrongPins(), settings.staff().lockoutFor(),
                settings.kiosk().reasonTimeoutInBurst());
        // Kept in the database: a late bus declared survives a restart, and every kiosk on the file runs it.
        lategate.app.entry.LateBusMode lateBus = services.lateBusMode();
        // Staff mode's desk (reviews, amendments, the fire roll, ...) is made at the first staff key, not
        // before the idle screen: a pupil at a kiosk starting on a small board waits for none of it.
        java.util.function.Supplier<StaffDesk> desk = () -> new StaffDesk(school, signIn, pupils, services.contacts(),
                register, services.entries(), services.claims(), services.movements(), services.fireRoll(),
                services.amendments(), services.staffSignIn(), services.latenessReview(), wiring.sync(),
                wiring.scanners(), wiring.backup().map(BackupMonitor.class::cast).orElse(BackupMonitor.NONE),
                services.integrity(), lateBus, services.dayScans(), wiring.slips());
        // The staff sign-in waits as long as the exit PIN screen; signed in, staff mode locks after the idle time.
        StaffFlow staff = StaffFlow.onFirstUse(desk, kioskId, timings.exitPinTimeout(), settings.staff().idleLock(),
                Optional.of(time));
        HeldScans held = new HeldScans(database, HeldScansFile.beside(database.file()));
        KioskFlow flow = new KioskFlow(school, signIn, register, services.kioskFaults(), kioskId, timings, exitPin, clock,
                Optional.of(staff), Optional.of(time), Optional.of(held), Optional.of(lateBus),
                new lategate.app.slips.SlipsFromTheRegister(school, services.entries(), wiring.slips()));
        time.check(); // a clock set back is questioned before the first pupil scans
        recordHeldScans(database, school, signIn, register, pupils, held, clock);
        return new KioskTerminal(terminal, flow, clock, settings.kiosk().exitFunctionKey(),
                settings.kiosk().staffFunctionKey(), kioskId, now -> {
                    wiring.sync().tick(now);
                    wiring.backup().ifPresent(backup -> backup.tick(now));
                    afterIdle.accept(now);
                }, wiring.inbox(), wiring.scanners());
    }
}
