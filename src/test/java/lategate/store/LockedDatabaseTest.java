package lategate.store;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
import lategate.app.SignInOutcome;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another program holding the database's write lock: the kiosk must fail cleanly and then recover. */
class LockedDatabaseTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");

    @Test
    @DisplayName("a save refused by a lock fails at once; after the lock clears the next save succeeds and says so")
    void lockedThenReleased() throws Exception {
        StoreFixture.databaseWith(dir.resolve("d.db"), "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Oliver", "Smith", "5A", "DEMO0002"))).close();
        Clock clock = Clock.fixed(TestSchools.local(demo, "2026-11-23T12:00:00"), ZoneOffset.UTC);
        Instant nine = TestSchools.local(demo, "2026-11-23T09:00:00");
        try (Database kiosk = Database.open(dir.resolve("d.db"), Duration.ofMillis(200));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("d.db"))) {
            SignIn signIn = TestBadges.signIn(demo, kiosk, new SqlitePupils(kiosk),
                    new SqliteRegisterLog(kiosk, demo.zone()), new SqliteMovements(kiosk), clock);
            Statement lock = other.createStatement();
            lock.execute("BEGIN EXCLUSIVE");
            long start = System.nanoTime();
            StoreException locked = assertThrows(StoreException.class,
                    () -> signIn.scan(printed("DEMO0001"), nine, "gate", "scan", Optional.empty()));
            assertTrue(locked.getMessage().contains("locked"), locked.getMessage());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the kiosk's short busy timeout applies");
            lock.execute("ROLLBACK");

            assertInstanceOf(SignInOutcome.Marked.class,
                    signIn.scan(printed("DEMO0002"), nine, "gate", "scan", Optional.empty()));
            assertInstanceOf(SignInOutcome.Marked.class,
                    signIn.scan(printed("DEMO0001"), nine, "gate", "scan", Optional.empty()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("d.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM arrivals")) {
            assertEquals(2, r.getInt(1));
        }
    }
}
