package lategate.kiosk;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.app.sync.SyncOverview;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk with `[sync] automatic = true` makes the day's summaries at the set time and sends them
 * to its folder by itself, without holding up the screen (issue 7, point 2: "automatic when the
 * setting is on"; point 3: the staff screen shows when the last sync succeeded).
 */
class KioskSyncingByItselfTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("at summary_at the kiosk makes and sends the day's summary; staff see it sent and nothing waiting")
    void sendsAtTheSetTime() throws Exception {
        Path usb = Files.createDirectory(dir.resolve("usb"));
        Path settingsFile = dir.resolve("demo.toml");
        Files.writeString(settingsFile, Files.readString(Path.of("config/schools/demo.toml"))
                + "\n[sync]\ntarget = \"" + usb + "\"\nsummary_at = \"15:30\"\nautomatic = true\n");
        Settings settings = SchoolSettings.read(settingsFile);
        ZoneId zone = settings.school().zone();
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-23T15:30:00").atZone(zone).toInstant(), zone);
        try (Database database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo",
                List.of(StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")))) {
            SqliteRegisterLog register = new SqliteRegisterLog(database, zone);
            TestBadges.signIn(settings.school(), database, new SqlitePupils(database), register,
                    new SqliteMovements(database), clock)
                    .scan(printed("DEMO0001"), LocalDateTime.parse("2026-11-23T09:20:00").atZone(zone).toInstant(),
                            "gate", "pupil", Optional.empty());
            try (KioskSync sync = new KioskSync(settings, database, "gate", clock)) {
                sync.tick(LocalDateTime.parse("2026-11-23T15:29:59").atZone(zone).toInstant());
                assertTrue(sync.idle(), "nothing before the set time");
                assertEquals(List.of(), List.of(usb.toFile().list()));

                sync.tick(clock.instant());
                waitFor(sync);
                assertEquals(List.of("demo_gate_2026-11-23_v1.json", "demo_gate_2026-11-23_v1.json.sha256"),
                        List.of(usb.toFile().list()).stream().sorted().toList());
                SyncOverview overview = sync.overview();
                assertEquals(0, overview.waiting());
                assertEquals(Optional.of(clock.instant()), overview.lastSent());
                assertEquals("Sync: nothing waits to be sent; last sent today 15:30.", overview.words(zone,
                        clock.instant()));

                sync.tick(clock.instant().plusSeconds(60));
                assertTrue(sync.idle(), "once a day");
            }
        }
    }

    @Test
    @DisplayName("a stick that is not plugged in: the staff screen says why, and the summary waits")
    void failureShownToStaff() throws Exception {
        Path settingsFile = dir.resolve("demo.toml");
        Path missing = dir.resolve("not-plugged-in");
        Files.writeString(settingsFile, Files.readString(Path.of("config/schools/demo.toml"))
                + "\n[sync]\ntarget = \"" + missing + "\"\nautomatic = true\n");
        Settings settings = SchoolSettings.read(settingsFile);
        ZoneId zone = settings.school().zone();
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-23T15:15:00").atZone(zone).toInstant(), zone);
        try (Database database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo",
                List.of(StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")));
             KioskSync sync = new KioskSync(settings, database, "gate", clock)) {
            TestBadges.signIn(settings.school(), database, new SqlitePupils(database),
                    new SqliteRegisterLog(database, zone), new SqliteMovements(database), clock)
                    .scan(printed("DEMO0001"), LocalDateTime.parse("2026-11-23T09:20:00").atZone(zone).toInstant(),
                            "gate", "pupil", Optional.empty());
            sync.tick(clock.instant());
            waitFor(sync);
            String words = sync.overview().words(zone, clock.instant());
            assertTrue(words.startsWith("Sync: 1 summary waits to be sent; never sent yet. Last try failed: "),
                    words);
            assertTrue(words.contains("does not exist or is not a folder"), words);
        }
    }

    private static void waitFor(KioskSync sync) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!sync.idle() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(20);
        }
        assertTrue(sync.idle(), "the background work finished");
    }
}
