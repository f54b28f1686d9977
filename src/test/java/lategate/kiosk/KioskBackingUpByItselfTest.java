package lategate.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import lategate.StoreFixture;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's own daily backup (issue 9, point 3): made at [backup] at from the kiosk loop's
 * chores on a thread of its own; a stick that is not plugged in is told to staff and tried again.
 */
class KioskBackingUpByItselfTest {

    @TempDir
    Path dir;

    private Settings settings(String backupTable) throws Exception {
        Path file = dir.resolve("demo.toml");
        Files.writeString(file, Files.readString(Path.of("config/schools/demo.toml")) + "\n" + backupTable);
        return SchoolSettings.read(file);
    }

    private static void waitFor(KioskBackup backup) throws InterruptedException {
        while (!backup.idle()) {
            Thread.sleep(10);
        }
    }

    @Test
    @DisplayName("no backup before [backup] at, one at it, none again that day; a missing stick is told to staff and retried once plugged in")
    void dailyAtTheSetTime() throws Exception {
        Path usb = dir.resolve("usb");
        Settings settings = settings("[backup]\nfolder = \"" + usb + "\"\nat = \"18:00\"\nkeep = 2\n");
        ZoneId zone = settings.school().zone();
        StoreFixture.databaseWith(dir.resolve("demo.db"), "demo",
                List.of(StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"))).close();
        Instant six = LocalDateTime.parse("2026-11-23T18:00:00").atZone(zone).toInstant();
        MutableClock clock = new MutableClock(six, zone);
        try (KioskBackup backup = new KioskBackup(settings, dir.resolve("demo.db"), clock)) {
            backup.tick(six.minusSeconds(60)); // the first turn looks in the folder
            waitFor(backup);
            backup.tick(six.minusSeconds(1));
            assertTrue(backup.idle(), "nothing before the set time");

            backup.tick(six);
            waitFor(backup);
            String words = backup.overview().words(zone, six);
            assertTrue(words.startsWith("Backup: none made yet; made each day at 18:00. Last try failed: the backup "
                    + "folder " + usb + " is not there (is the USB stick plugged in?)"), words);

            Files.createDirectory(usb);
            backup.tick(six.plusSeconds(60));
            assertTrue(backup.idle(), "not retried at once, on every turn of the loop");
            clock.now = six.plusSeconds(600);
            backup.tick(clock.now);
            waitFor(backup);
            assertEquals(List.of("demo_2026-11-23T181000.db"), List.of(usb.toFile().list()));
            assertEquals("Backup: last made today 18:10; made each day at 18:00.", backup.overview().words(zone, clock.now));

            backup.tick(clock.now.plusSeconds(3600));
            assertTrue(backup.idle(), "once a day");
        }
        try (KioskBackup restarted = new KioskBackup(settings, dir.resolve("demo.db"), clock)) {
            restarted.tick(clock.now.plusSeconds(7200));
            waitFor(restarted);
            restarted.tick(clock.now.plusSeconds(7200));
            assertTrue(restarted.idle(), "a kiosk restarted that evening finds today's backup and makes none");
        }
        try (Database opened = Database.open(dir.resolve("demo.db"))) {
            assertTrue(opened.schemaVersion() > 0);
        }
    }

    @Test
    @DisplayName("[backup] settings: folder must be absolute, keep from 1 to 1000, unknown keys named; default at is the day's end")
    void settingsChecked() throws Exception {
        Settings defaults = settings("[backup]\nfolder = \"/media/usb/lategate-backups\"\n");
        assertEquals(14, defaults.backup().keep());
        assertEquals(defaults.school().timetable().dayEnds(), defaults.backup().dailyAt(defaults.school()));
        InvalidSettingsException bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidSettingsException.class,
                () -> settings("[backup]\nfolder = \"usb\"\nkeep = 0\nevery = \"day\"\n"));
        String problems = bad.problems().toString();
        assertTrue(problems.contains("backup.folder: 'usb' must be an absolute path"), problems);
        assertTrue(problems.contains("backup.keep: must be from 1 to 1000, not 0"), problems);
        assertTrue(problems.contains("backup.every"), problems);
    }

    private static final class MutableClock extends java.time.Clock {
        Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
