package lategate.tui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.fakes.CheapPins;
import lategate.app.SignIn;
import lategate.app.clock.TrustedTime;
import lategate.domain.clock.ClockPlausibility;
import lategate.store.SqliteClockLog;
import lategate.app.audit.Amendments;
import lategate.app.lateness.LatenessReview;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.app.staff.StaffAdministration;
import lategate.app.staff.StaffSignIn;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.school.School;
import lategate.domain.staff.LockoutRule;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqliteContacts;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteStaff;
import lategate.store.SqliteStageDecisions;
import lategate.settings.SchoolSettings;

/**
 * The demo school's kiosk with staff mode, on a real database file, wired as the launcher wires
 * it (but for PINs, hashed at the tests' cheap cost): three pupils (one with contacts), an administrator (head, PIN 2468), a receptionist
 * (jbloggs, PIN 1357) and an attendance lead (lead, PIN 9753).
 */
final class StaffKiosk implements AutoCloseable {

    static final School DEMO = TestSchools.load("demo");
    /** The demo's thresholds and stage ladder (enter stage 1 at 3 late marks in a block). */
    static final LatenessPolicy DEMO_LATENESS = lateness();

    final School school;
    final Path file;
    final Database database;
    final KioskScreensTest.MovableClock clock;
    final SignIn signIn;
    final StaffFlow staff;
    final KioskFlow flow;
    /** The kiosk's running time, which only {@link #advance} and {@link #later} move: a {@link #jump} does not. */
    private long runningNanos;
    /** The checked clock, for a kiosk made {@link #checkingItsClock}. */
    final Optional<TrustedTime> time;
    /** The serial scanners' statuses as staff mode sees them; none unless a test sets some. */
    final List<lategate.scanner.ScannerStatus> scanners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When set, makes what reading the serial scanners' statuses throws: a refusal or a bug, as a test needs. */
    volatile java.util.function.Supplier<RuntimeException> scannerTrouble;
    /** Each fire roll printed from staff mode, as its text. */
    final List<String> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How many times staff mode asked for its desk: once, at the first staff key. */
    int desksMade;
    /** When set, makes what reading the sync's overview throws. */
    volatile java.util.function.Supplier<RuntimeException> syncTrouble;

    StaffKiosk(Path dir, String localTime) {
        this(dir, localTime, false, lategate.app.slips.LateSlips.NONE);
    }

    /** The demo kiosk handing each late pupil's slip to {@code slips}, as the launcher wires a [slips] printer. */
    StaffKiosk(Path dir, String localTime, lategate.app.slips.LateSlips slips) {
        this(dir, localTime, false, slips);
    }

    /** The same kiosk checking its clock as the launcher wires it (issue 9): scans held while it is in question. */
    static StaffKiosk checkingItsClock(Path dir, String localTime) {
        return new StaffKiosk(dir, localTime, true, lategate.app.slips.LateSlips.NONE);
    }

    private StaffKiosk(Path dir, String localTime, boolean checkClock, lategate.app.slips.LateSlips slips) {
        this(dir, localTime, checkClock, DEMO, List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Zoë", "Nguyễn", "5A", "DEMO0002"),
                StoreFixture.pupil("D3", "Oliver", "Smith", "6O", "DEMO0003")), List.of(
                new AuthorisedAdult("D1", "Sarah Jones", "mother", true, Optional.of("01234 567890")),
                new AuthorisedAdult("D1", "Tom Jones", "father", false, Optional.empty())), slips);
    }

    /**
     * A kiosk for {@code school} with these pupils and contacts, written to the database as they
     * stand (as a file made by an older version, or by hand, may hold them).
     */
    StaffKiosk(Path dir, String localTime, boolean checkClock, School school, List<lategate.domain.pupil.Pupil> roll,
               List<AuthorisedAdult> contacts) {
        this(dir, localTime, checkClock, school, roll, contacts, lategate.app.slips.LateSlips.NONE);
    }

    private StaffKiosk(Path dir, String localTime, boolean checkClock, School school,
                       List<lategate.domain.pupil.Pupil> roll, List<AuthorisedAdult> contacts,
                       lategate.app.slips.LateSlips slips) {
        this.school = school;
        file = dir.resolve("demo.db");
        database = StoreFixture.databaseWith(file, "demo", roll);
        clock = new KioskScreensTest.MovableClock(TestSchools.local(school, localTime));
        new SqliteContacts(database).importContacts(contacts,
                Instant.parse("2026-09-01T07:00:00Z"), "contacts.csv", "-");
        SqliteStaff accounts = new SqliteStaff(database);
        StaffAdministration admin = new StaffAdministration(accounts, LockoutRule.DEFAULT,
                new java.security.SecureRandom(), CheapPins.COST);
        StaffMember head = admin.addFirstAdministrator(new StaffMember("head", "Sam Head", "Headteacher",
                Role.ADMINISTRATOR, false), "2468".toCharArray(), Instant.parse("2026-09-01T07:00:00Z"));
        admin.add(head, new StaffMember("jbloggs", "Jo Bloggs", "Office Manager", Role.RECEPTIONIST, false),
                "1357".toCharArray(), Instant.parse("2026-09-01T07:01:00Z"));
        admin.add(head, new StaffMember("lead", "Priya Shah", "Attendance Lead", Role.ATTENDANCE_LEAD, false),
                "9753".toCharArray(), Instant.parse("2026-09-01T07:02:00Z"));

        SqliteRegisterLog register = new SqliteRegisterLog(database, school.zone());
        SqlitePupils pupils = new SqlitePupils(database);
        SqliteMovements log = new SqliteMovements(database);
        time = checkClock ? Optional.of(new TrustedTime(school, new ClockPlausibility(SignIn.CLOCK_ALLOWANCE,
                ClockPlausibility.DEFAULT_MAX_JUMP), new SqliteClockLog(database), pupils, clock, () -> runningNanos,
                "reception")) : Optional.empty();
        java.time.Clock kioskClock = time.map(TrustedTime::clock).orElse(clock);
        SignIn plain = TestBadges.signIn(school, database, pupils, register, log, kioskClock);
        signIn = time.map(plain::guardedBy).orElse(plain);
        Movements movements = new Movements(school, pupils, new SqliteContacts(database), log, kioskClock,
                new lategate.domain.movement.CollectionRule("Attendance Policy §12.2"), MEDICAL_EVIDENCE);
        SqliteAmendments amendments = new SqliteAmendments(database);
        lategate.store.SqliteSessionRecords sessions = new lategate.store.SqliteSessionRecords(database);
        lategate.app.entry.RegisterEntries entries = new lategate.app.entry.RegisterEntries(school, sessions, pupils,
                kioskClock);
        lategate.app.entry.LateBusMode lateBus = new lategate.app.entry.LateBusMode(school,
                new lategate.store.SqliteLateBuses(database), kioskClock);
        StaffDesk desk = new StaffDesk(school, signIn, pupils, new SqliteContacts(database), register, entries,
                new lategate.app.entry.Claims(entries, sessions, kioskClock), movements,
                new FireRoll(school, entries, movements, new lategate.store.SqliteFireRolls(database), (name, text) -> {
                    printed.add(text); // as a kiosk with a print folder would save it
                    return new lategate.app.movement.RollPrinter.Printed(List.of("saved to /media/usb/" + name), List.of());
                }, clock), new Amendments(school, register, entries, amendments, clock, MEDICAL_EVIDENCE),
                new StaffSignIn(accounts, LockoutRule.DEFAULT, CheapPins.COST),
                new LatenessReview(school, DEMO_LATENESS, entries, pupils, amendments,
                        new SqliteStageDecisions(database)), () -> {
                    // The outbox as a kiosk syncing to a USB stick would see it.
                    if (syncTrouble != null) {
                        throw syncTrouble.get();
                    }
                    var status = new lategate.store.SqliteOutbox(database).status(USB_NAME);
                    return new lategate.app.sync.SyncOverview(Optional.of(USB), status.waiting(),
                            status.lastDelivered(), Optional.empty());
                }, () -> {
                    if (scannerTrouble != null) {
                        throw scannerTrouble.get();
                    }
                    return List.copyOf(scanners);
                }, lategate.app.backup.BackupMonitor.NONE,
                new lategate.store.SqliteRegisterIntegrity(database), lateBus,
                new lategate.app.scans.DayScans(new lategate.store.SqliteScanLog(database, school.zone()), pupils),
                slips);
        // As the kiosk makes it: the desk at the first staff key (counted, for StaffFlowTest).
        staff = StaffFlow.onFirstUse(() -> {
            desksMade++;
            return desk;
        }, "reception", Duration.ofSeconds(30), Duration.ofMinutes(2), time);
        flow = new KioskFlow(school, signIn, register, new lategate.store.SqliteKioskFaults(database), "reception",
                KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, kioskClock,
                Optional.of(staff), time, Optional.empty(), Optional.of(lateBus),
                new lategate.app.slips.SlipsFromTheRegister(school, entries, slips));
        time.ifPresent(TrustedTime::check);
    }

    /** The rule a school with [amendments] m_needs_evidence = true has: M only with the card or letter seen. */
    static final lategate.domain.register.MedicalEvidenceRule MEDICAL_EVIDENCE =
            new lategate.domain.register.MedicalEvidenceRule(true, "Attendance Policy §12.2");

    static final String USB = "/media/usb/lategate";
    static final String USB_NAME = "folder:" + USB;

    private static LatenessPolicy lateness() {
        try {
            return SchoolSettings.read(TestSchools.file("demo")).lateness();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The kiosk's time: the clock, and any correction staff made to it. */
    Instant now() {
        return time.map(t -> t.clock().instant()).orElse(clock.instant());
    }

    void advance(Duration d) {
        later(d);
        flow.tick(now());
    }

    /** Time passes with no tick: staff at the desk, the kiosk busy with nothing else. */
    void later(Duration d) {
        clock.advance(d);
        runningNanos += d.toNanos();
    }

    /** The computer's clock is set by {@code d} (back, if negative) while the kiosk runs; no time passes. */
    void jump(Duration d) {
        clock.advance(d);
    }

    void type(String text) {
        for (char c : text.toCharArray()) {
            flow.handle(new KioskInput.Typed(c), now());
        }
    }

    void key(KioskInput.Key key) {
        flow.handle(new KioskInput.Special(key), now());
    }

    void enter() {
        key(KioskInput.Key.ENTER);
    }

    void scan(String code) {
        flow.handle(new KioskInput.Scan(new ScanInput(code, now(), "keyboard")), now());
    }

    /** F2, jbloggs, Enter, 1357, Enter: the receptionist signed in, on the menu. */
    void signInAsReceptionist() {
        flow.staffKey(now());
        type("jbloggs");
        enter();
        type("1357");
        enter();
    }

    StaffScreen screen() {
        return staff.screen();
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }

    String text(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
