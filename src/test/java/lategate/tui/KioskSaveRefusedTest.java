package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.app.sync.DayContent;
import lategate.app.sync.DayRecords;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.store.Database;
import lategate.store.SqliteDayRecords;
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
 * A save the database refuses (another program holds its write lock) is told to the pupil as
 * "not saved", and counted for the office and the daily summary once the database takes writes
 * again (issue 7: the kiosk's own figures include saves that failed).
 */
@Tag("attack")
class KioskSaveRefusedTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    private final Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00");
    private Database database;
    private Connection otherProgram;
    private KioskFlow flow;

    @BeforeEach
    void kiosk() throws Exception {
        Path file = dir.resolve("demo.db");
        StoreFixture.databaseWith(file, "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"))).close();
        database = Database.open(file, Duration.ofMillis(100));
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        Clock clock = Clock.fixed(morning, ZoneOffset.UTC);
        SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new SqliteMovements(database), clock);
        flow = new KioskFlow(demo, signIn, register, new SqliteKioskFaults(database), "gate",
                KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, clock);
        otherProgram = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @AfterEach
    void close() throws Exception {
        otherProgram.close();
        database.close();
    }

    private void scan(String badge, Instant at) {
        flow.handle(new KioskInput.Scan(new ScanInput(badge, at, "keyboard")), at);
    }

    private long faults() throws Exception {
        try (Statement s = otherProgram.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM kiosk_faults WHERE kiosk_id = 'gate' AND school_date = '2026-11-23'")) {
            return r.getLong(1);
        }
    }

    @Test
    @DisplayName("a scan refused by a locked database says 'not saved', and the fault is written once it unlocks")
    void faultWrittenWhenTheDatabaseUnlocks() throws Exception {
        Statement lock = otherProgram.createStatement();
        lock.execute("BEGIN IMMEDIATE");
        scan(printed("DEMO0001"), morning);
        assertInstanceOf(KioskState.NotSaved.class, flow.state());
        lock.execute("ROLLBACK");
        assertEquals(0, faults(), "the fault could not be written while the lock was held");

        flow.tick(morning.plusSeconds(1));
        assertEquals(1, faults(), "written at the next turn once the database takes writes again");
        flow.tick(morning.plusSeconds(60));
        assertEquals(1, faults(), "and only once");

        DayRecords.RecordedDay day = new SqliteDayRecords(database, demo.zone()).recordsOf(LocalDate.of(2026, 11, 23),
                java.util.Set.of());
        assertEquals(List.of(new DayContent.KioskFigures("gate", 0, 0, 1)), day.kiosks());
    }
}
