package lategate.cli;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import lategate.app.PinHash;
import lategate.app.SignIn;
import lategate.app.audit.Amendments;
import lategate.app.lateness.LatenessReview;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.app.staff.StaffSignIn;
import lategate.domain.school.School;
import lategate.scanner.KioskInbox;
import lategate.scanner.ScannerMonitor;
import lategate.scanner.serial.SerialScanners;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqliteContacts;
import lategate.store.SqliteKioskFaults;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteStaff;
import lategate.store.SqliteStageDecisions;
import lategate.tui.KioskFlow;
import lategate.tui.StaffDesk;
import lategate.tui.StaffFlow;
import lategate.tui.KioskTerminal;
import lategate.tui.KioskTimings;

/** Starts the kiosk full screen on this process's terminal, for `kiosk` and `demo`. */
final class KioskLauncher {

    private KioskLauncher() {
    }

    /** A clock that starts at {@code start} (school time) and runs on, for demos and training. */
    static Clock startingAt(Clock real, Instant start, ZoneId zone) {
        return Clock.offset(real, Duration.between(real.instant(), start)).withZone(zone);
    }

    /**
     * How long the kiosk waits for another writer before telling the pupil "not saved": another
     * kiosk's commit takes milliseconds, and a pupil must not stand before a frozen screen.
     */
    static final Duration KIOSK_BUSY_TIMEOUT = Duration.ofSeconds(2);

    /** Settings and database, read and opened at the same time. */
    record Prepared(Settings settings, Database database) {
    }

    /**
     * Reads the settings and opens the database in parallel: the TOML parser's start-up and
     * SQLite's native library each take a few hundred milliseconds on a small machine, and a
     * kiosk that restarts after a power cut should be back on screen within a second.
     */
    static Prepared prepare(Path settingsFile, Path db) throws Exception {
        java.util.concurrent.CompletableFuture<Database> opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Database database = Database.open(db);
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
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static void run(Settings settings, Path settingsFile, Database opened, String kioskId, Clock clock)
            throws Exception {
        if (System.console() == null) {
            opened.close();
            throw new BadInputException("the kiosk needs a terminal to run in (standard input and output are not one)");
        }
        try (Database database = opened; KioskSync sync = new KioskSync(settings, java.util.Optional.of(settingsFile), database,
                kioskId, clock)) {
            FirstAdministrator.askIfNone(System.console(), database, settings, clock);
            // UTF-8 whatever the locale (under LANG=C Java would draw borders as 'lqqk'); Ctrl-C trapped.
            UnixTerminal terminal = new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                    UnixLikeTerminal.CtrlCBehaviour.TRAP);
            withoutSignalKeys();
            KioskInbox inbox = new KioskInbox();
            // Serial scanners are read from now until the kiosk closes, when their ports are closed too.
            try (SerialScanners scanners = SerialScanners.start(settings.scanners(), inbox, clock)) {
                on(terminal, settings, database, kioskId, clock, sync, inbox, scanners).run();
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

    /** The kiosk wired to a database and a terminal, real or virtual, with no serial scanners; not yet started. */
    static KioskTerminal on(Terminal terminal, Settings settings, Database database, String kioskId, Clock clock,
                            KioskSync sync) throws java.io.IOException {
        return on(terminal, settings, database, kioskId, clock, sync, new KioskInbox(), ScannerMonitor.NONE);
    }

    /** The same, taking what serial scanners put into {@code inbox}, and showing staff how {@code scanners} are. */
    static KioskTerminal on(Terminal terminal, Settings settings, Database database, String kioskId, Clock clock,
                            KioskSync sync, KioskInbox inbox, ScannerMonitor scanners) throws java.io.IOException {
        PinHash exitPin = settings.kiosk().exitPin().orElseThrow(() -> new BadInputException(
                "the kiosk needs a staff exit PIN: run 'lategate pin-hash' and put the line it prints under [kiosk] as "
                        + "exit_pin_hash in the school's settings file"));
        database.belongsTo(settings.school().id());
        School school = settings.school();
        SqliteRegisterLog register = new SqliteRegisterLog(database, school.zone());
        SqlitePupils pupils = new SqlitePupils(database);
        SqliteMovements movementLog = new SqliteMovements(database);
        SignIn signIn = new SignIn(school, SchoolOptions.badgeCodes(settings), new SqliteBadgeIssues(database), pupils,
                register, movementLog, clock);
        KioskTimings timings = new KioskTimings(settings.kiosk().messageFor(), settings.kiosk().reasonTimeout(),
                Duration.ofSeconds(30), settings.staff().lockoutAfterWrongPins(), settings.staff().lockoutFor());
        Movements movements = new Movements(school, pupils, movementLog, clock);
        SqliteAmendments amendments = new SqliteAmendments(database);
        StaffDesk desk = new StaffDesk(school, signIn, pupils, new SqliteContacts(database), register, movements,
                new FireRoll(school, register, movements, clock), new Amendments(school, register, amendments, clock),
                new StaffSignIn(new SqliteStaff(database), settings.staff().lockoutRule()),
                new LatenessReview(school, settings.lateness(), register, pupils, amendments,
                        new SqliteStageDecisions(database)), sync, scanners);
        // The staff sign-in waits as long as the exit PIN screen; signed in, staff mode locks after the idle time.
        StaffFlow staff = new StaffFlow(desk, kioskId, timings.exitPinTimeout(), settings.staff().idleLock());
        KioskFlow flow = new KioskFlow(school, signIn, register, new SqliteKioskFaults(database), kioskId, timings, exitPin, clock,
                java.util.Optional.of(staff));
        return new KioskTerminal(terminal, flow, clock, settings.kiosk().exitFunctionKey(),
                settings.kiosk().staffFunctionKey(), kioskId, sync::tick, inbox, scanners);
    }
}
