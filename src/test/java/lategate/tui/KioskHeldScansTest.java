package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.app.held.HeldScanImport;
import lategate.app.held.HeldScans;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.store.Database;
import lategate.store.HeldScansFile;
import lategate.store.SqliteKioskFaults;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register is a legal record (Oak Meadow §7, PSA §H): a database file deleted or replaced under
 * a running kiosk must not swallow the scans made after it. They are held beside the register and
 * recorded, at the instants the pupils scanned, when the kiosk next starts on a good file
 * (docs/held-scans.md). Real SQLite files on disk throughout.
 */
@Tag("attack")
class KioskHeldScansTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    /** 08:57 at the demo school: L, 12 minutes late (taken 08:45, closes 09:10). */
    private final Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00.123456789");
    /** When the kiosk is started again: after the register has closed, so a scan classified now would be U. */
    private final Instant restart = TestSchools.local(demo, "2026-11-23T09:20:00");
    private Path db;
    private Path backup;
    private Database database;
    private KioskFlow flow;

    @BeforeEach
    void kiosk() throws Exception {
        db = dir.resolve("demo.db");
        database = StoreFixture.databaseWith(db, "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Oliver", "Smith", "5A", "DEMO0002")));
        backup = dir.resolve("backup.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("VACUUM INTO '" + backup + "'"); // last night's backup, say
        }
        Clock clock = Clock.fixed(morning, ZoneOffset.UTC);
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new SqliteMovements(database), clock);
        flow = new KioskFlow(demo, signIn, register, new SqliteKioskFaults(database), "gate",
                KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, clock,
                Optional.empty(), Optional.empty(),
                Optional.of(new HeldScans(database, HeldScansFile.beside(db))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void scan(String badge, Instant at) {
        flow.handle(new KioskInput.Scan(new ScanInput(badge, at, "keyboard")), at);
    }

    private void deleteTheRegister() throws Exception {
        for (String end : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("demo.db" + end));
        }
    }

    private Path heldFile() {
        return dir.resolve("demo.db.held-scans");
    }

    /** The kiosk stopped and started again on whatever is at the path now, recording what was held. */
    private HeldScanImport.Result restartAndRecord() {
        database.close();
        database = Database.open(db);
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new SqliteMovements(database), Clock.fixed(restart, ZoneOffset.UTC));
        return new HeldScanImport(demo, signIn, register).record(HeldScansFile.beside(db).read().orElseThrow());
    }

    @Test
    @DisplayName("a scan after the register's file is deleted is held beside it, never shown as a mark, and "
            + "recorded at its own instant with the mark of that instant once a backup is put back")
    void deletedRegisterHoldsTheScanAndRecordsItAfterRestart() throws Exception {
        deleteTheRegister();
        scan(printed("DEMO0001"), morning);

        KioskState.HeldAside held = assertInstanceOf(KioskState.HeldAside.class, flow.state(),
                "never 'You are 12 minutes late' for a scan nothing saved");
        assertEquals("D1", held.pupil().orElseThrow().id());
        assertEquals(morning, held.scannedAt());
        String line = Files.readAllLines(heldFile()).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertEquals(morning + "\t" + printed("DEMO0001") + "\tD1\tgate\tkeyboard\t", line);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(heldFile())),
                "pupils' arrivals are the owner's only, like the register");

        flow.tick(morning.plusSeconds(10));
        KioskState.IdleHeldScans idle = assertInstanceOf(KioskState.IdleHeldScans.class, flow.state());
        assertTrue(idle.words().contains(db + " was found deleted at 08:57"), idle.words());
        assertTrue(idle.words().contains("1 scan held in " + heldFile()), idle.words());
        assertTrue(idle.words().contains("stop the kiosk, put the register's file back or restore a backup (lategate "
                + "restore), and start it again"), idle.words());

        Files.copy(backup, db, StandardCopyOption.REPLACE_EXISTING);
        HeldScanImport.Result result = restartAndRecord();
        assertEquals(1, result.recorded().size(), result.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT pupil_id, mark, minutes_late, arrived_at, "
                     + "kiosk_id, recorded_by FROM arrivals")) {
            assertTrue(r.next());
            assertEquals("D1", r.getString(1));
            assertEquals("L", r.getString(2), "the mark of 08:57, not of the restart after the close");
            assertEquals(12, r.getInt(3));
            assertEquals("2026-11-23T08:57:00.123456789Z", r.getString(4));
            assertEquals("gate", r.getString(5));
            assertEquals(HeldScanImport.RECORDED_BY, r.getString(6));
            assertFalse(r.next());
        }
    }

    @Test
    @DisplayName("a register file replaced by another under the kiosk: scans are held, and staff are told it was replaced")
    void replacedRegisterHoldsScans() throws Exception {
        Files.copy(backup, dir.resolve("other.db"));
        Files.move(dir.resolve("other.db"), db, StandardCopyOption.REPLACE_EXISTING);
        scan(printed("DEMO0002"), morning);

        assertInstanceOf(KioskState.HeldAside.class, flow.state());
        flow.handle(new KioskInput.Special(KioskInput.Key.ENTER), morning.plusSeconds(1));
        KioskState.IdleHeldScans idle = assertInstanceOf(KioskState.IdleHeldScans.class, flow.state());
        assertTrue(idle.words().contains("was found replaced by another file at 08:57"), idle.words());

        HeldScanImport.Result result = restartAndRecord();
        assertEquals(1, result.recorded().size(), result.toString());
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D2' AND mark = 'L' "
                + "AND minutes_late = 12"), "recorded in the file now at the path");
    }

    @Test
    @DisplayName("the kiosk notices a deleted register while idle, before the next pupil scans")
    void idleKioskNoticesTheDeletedRegister() throws Exception {
        flow.tick(morning);
        assertInstanceOf(KioskState.Idle.class, flow.state());
        deleteTheRegister();
        flow.tick(morning.plusSeconds(6));
        KioskState.IdleHeldScans idle = assertInstanceOf(KioskState.IdleHeldScans.class, flow.state());
        assertTrue(idle.words().contains("No scans held yet"), idle.words());
    }

    @Test
    @DisplayName("recording the held scans again records nothing twice: no second mark, no repeat")
    void recordingAgainAddsNothing() throws Exception {
        deleteTheRegister();
        scan(printed("DEMO0001"), morning);
        scan(printed("DEMO0002"), morning.plusSeconds(20));
        scan(printed("DEMO0001"), morning.plusSeconds(40)); // the same pupil again: a repeat
        Files.copy(backup, db, StandardCopyOption.REPLACE_EXISTING);

        HeldScanImport.Result first = restartAndRecord();
        assertEquals(3, first.recorded().size(), first.toString());
        HeldScanImport.Result again = restartAndRecord();
        assertEquals(0, again.recorded().size(), again.toString());
        assertEquals(List.of(4, 5, 6), again.alreadyIn(), "the lines after the three of the header");
        assertEquals(3, count("SELECT count(*) FROM arrivals"), "two marks and one repeat, once each");
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NOT NULL"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
