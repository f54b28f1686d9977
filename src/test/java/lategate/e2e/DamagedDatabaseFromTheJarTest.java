package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database damaged by a power cut, as staff meet it: the packaged kiosk in a real terminal shows
 * what is wrong and how to restore instead of starting; backup refuses it; restore puts the newest
 * backup back (never under a running kiosk) and the kiosk starts again.
 */
class DamagedDatabaseFromTheJarTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Path usb;

    @BeforeEach
    void demoWithABackupFolder() throws Exception {
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        usb = Files.createDirectory(dir.resolve("usb"));
        Files.writeString(dir.resolve("demo/demo.toml"), "\n[backup]\nfolder = \"" + usb + "\"\nkeep = 3\n",
                StandardOpenOption.APPEND);
    }

    private String kiosk() {
        return Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                + dir.resolve("demo/demo.db") + " --clock 2026-11-23T08:57:00";
    }

    private static void damagePages(Path db) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle - middle % 4096);
            byte[] junk = new byte[4 * 4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            file.write(junk);
        }
    }

    private static void waitGone(Tmux tmux, String name) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (tmux.alive(name) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    @DisplayName("damaged pages: the kiosk shows staff the newest backup and the restore command; restore brings it back")
    void damagedPagesThenRestore() throws Exception {
        Jar.Run backup = Jar.lategate(dir, "backup", "--school", "demo/demo.toml", "--db", "demo/demo.db");
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().contains("integrity checked"), backup.out());
        List<Path> made;
        try (Stream<Path> files = Files.list(usb)) {
            made = files.toList();
        }
        assertEquals(1, made.size(), made.toString());
        String name = made.get(0).getFileName().toString();
        assertTrue(name.matches("demo_\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.db"), name);

        Path db = dir.resolve("demo/demo.db");
        damagePages(db);
        byte[] damaged = Files.readAllBytes(db);
        try (Tmux tmux = new Tmux()) {
            tmux.start("kiosk", kiosk());
            String screen = tmux.waitFor("kiosk", "THE REGISTER DATABASE IS DAMAGED", WAIT);
            assertTrue(screen.contains("Nothing was changed"), screen);
            assertTrue(screen.contains(name), "the newest backup is listed:\n" + screen);
            assertTrue(screen.contains("lategate restore --school"), screen);
            assertFalse(screen.contains("Exception"), screen);
            tmux.keys("kiosk", "x", "Enter", "Escape");
            Thread.sleep(300);
            assertTrue(tmux.alive("kiosk"), "a pupil's keys do not close the notice");
            tmux.keys("kiosk", "F12");
            waitGone(tmux, "kiosk");
            assertFalse(tmux.alive("kiosk"), "the exit key closes it");
        }
        assertArrayEquals(damaged, Files.readAllBytes(db), "the damaged file is left exactly as it was");

        Jar.Run refused = Jar.lategate(dir, "backup", "--school", "demo/demo.toml", "--db", "demo/demo.db");
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.err().contains("cannot be backed up"), refused.err());

        Jar.Run restore = Jar.lategate(dir, "restore", "--school", "demo/demo.toml", "--db", "demo/demo.db",
                made.get(0).toString());
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("The database now: damaged"), restore.out());
        assertTrue(restore.out().contains("kept as"), restore.out());

        try (Tmux tmux = new Tmux()) {
            tmux.start("kiosk", kiosk());
            tmux.waitFor("kiosk", "Scan your badge", WAIT);
            tmux.keys("kiosk", DemoSchool.printed(2), "Enter");
            tmux.waitFor("kiosk", "Why are you late? Press a number.", WAIT);

            Jar.Run underKiosk = Jar.lategate(dir, "restore", "--school", "demo/demo.toml", "--db", "demo/demo.db",
                    made.get(0).toString());
            assertEquals(1, underKiosk.exit(), underKiosk.out());
            assertTrue(underKiosk.err().contains("is open in another program"), underKiosk.err());
        }
        assertEquals(1, Jar.lateBook(dir, "2026-11-23").size(), "the arrival after the refused restore is kept");
    }

    @Test
    @DisplayName("a file that is not a database at all: the kiosk says so, and that no backup was found")
    void notADatabase() throws Exception {
        Path db = dir.resolve("demo/demo.db");
        Files.writeString(db, "Dear parents, the school trip is on Friday. ".repeat(300));
        try (Tmux tmux = new Tmux()) {
            tmux.start("kiosk", kiosk());
            String screen = tmux.waitFor("kiosk", "THE REGISTER DATABASE IS DAMAGED", WAIT);
            assertTrue(screen.contains("not a database file at all"), screen);
            assertTrue(screen.contains("No backups of demo were found"), screen);
            tmux.keys("kiosk", "C-c");
            waitGone(tmux, "kiosk");
            assertFalse(tmux.alive("kiosk"), "Ctrl-C closes it");
        }
        byte[] letter = Files.readAllBytes(db);
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(1, demo.exit(), demo.out());
        assertTrue(demo.err().startsWith("lategate: the demo's database demo/demo.db is damaged: "), demo.err());
        assertTrue(demo.err().contains("remove the folder demo and run demo again"), demo.err());
        assertFalse(demo.err().contains("Exception"), demo.err());
        assertArrayEquals(letter, Files.readAllBytes(db), "the demo touches nothing it cannot read");
    }
}
