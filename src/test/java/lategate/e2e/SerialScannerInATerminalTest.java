package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import lategate.demo.DemoSchool;
import lategate.scanner.serial.SocatPair;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serial scanner at the demo kiosk, end to end: the packaged jar in a real terminal (tmux), its
 * settings naming a socat pseudo-terminal as the scanner's port, and badge codes written into the
 * other end as a USB scanner would send them.
 */
class SerialScannerInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    @DisplayName("a badge code from a serial scanner signs the pupil in; a misread is refused and logged; unplugged, staff are told, and plugged back in it reads again")
    void serialScannerSignsIn() throws Exception {
        Path ptys = demoWithScanner("late gate");

        try (SocatPair scanner = new SocatPair(ptys).start(); Tmux tmux = new Tmux()) {
            tmux.start("gate", Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                    + dir.resolve("demo/demo.db") + " --clock 2026-11-23T08:57:00 --kiosk-id gate");
            tmux.waitFor("gate", "Scan your badge", WAIT);
            // Staff check the scanner on the menu before the first pupil: it is open, so no byte is lost.
            signInAsStaff(tmux);
            tmux.waitFor("gate", "connected", WAIT);
            tmux.keys("gate", "Escape");
            tmux.waitFor("gate", "Scan your badge", WAIT);

            scanner.send((DemoSchool.printed(2) + "\r").getBytes(StandardCharsets.US_ASCII));
            String late = tmux.waitFor("gate", "Why are you late? Press a number.", WAIT);
            assertTrue(late.contains("You are 12 minutes late."), late);
            tmux.keys("gate", "1");
            tmux.waitFor("gate", "Thank you", WAIT);

            scanner.send(new byte[] {(byte) 0x8F, 'D', (byte) 0xFE, '\r'});
            tmux.waitFor("gate", "The scanner misread that: please scan your badge again.", WAIT);
            tmux.keys("gate", "Enter");

            scanner.stop();
            String missing = tmux.waitFor("gate", "Staff: scanner 'late gate' missing since 08:5", WAIT);
            assertTrue(missing.contains("Scan your badge"), "pupils can still use the keyboard scanner:\n" + missing);

            scanner.start();
            waitUntilGone(tmux, "Staff: scanner");
            scanner.send((DemoSchool.printed(3) + "\r").getBytes(StandardCharsets.US_ASCII));
            tmux.waitFor("gate", "Why are you late? Press a number.", WAIT);
            tmux.keys("gate", "2");
            tmux.waitFor("gate", "Thank you", WAIT);

            KioskKeys.exit(tmux, "gate", "1234", WAIT); // with its scanner open
        }

        List<String> book = Jar.lateBook(dir, "2026-11-23");
        assertEquals(2, book.size(), String.join("\n", book));
        assertTrue(book.get(0).contains(",AM,L,12,") && book.get(0).contains("\"Bus, train or traffic\",given,"),
                book.get(0));
        assertTrue(book.get(1).contains(",AM,L,") && book.get(1).contains("Woke up late"), book.get(1));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT code, source, kiosk_id, why FROM unmarked_scans "
                     + "WHERE fault = 1")) {
            assertTrue(r.next(), "the misread is in the scan log");
            assertEquals("\\x8FD\\xFE", r.getString(1));
            assertEquals("late gate", r.getString(2));
            assertEquals("gate", r.getString(3));
            assertTrue(r.getString(4).startsWith("scanner 'late gate' sent bytes that are not a badge code"),
                    r.getString(4));
            assertFalse(r.next(), "one misread, one row");
        }
    }

    @Test
    @DisplayName("a noisy scanner's faults past 10 a minute are counted, and the count is kept when the service manager stops the kiosk (SIGTERM)")
    void faultCountKeptOnSigterm() throws Exception {
        Path ptys = demoWithScanner("noisy");
        Path db = dir.resolve("demo/demo.db");
        try (SocatPair scanner = new SocatPair(ptys).start(); Tmux tmux = new Tmux()) {
            tmux.start("gate", Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db " + db
                    + " --clock 2026-11-23T08:57:00 --kiosk-id sigterm-gate; sleep 30");
            tmux.waitFor("gate", "Scan your badge", WAIT);
            signInAsStaff(tmux); // the menu shows the scanner connected: no byte is lost from here
            tmux.waitFor("gate", "connected", WAIT);
            tmux.keys("gate", "Escape");
            tmux.waitFor("gate", "Scan your badge", WAIT);
            for (int i = 0; i < 15; i++) {
                scanner.send(new byte[] {(byte) 0x8F, 'D', (byte) 0xFE, '\r'});
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (faultRows(db) < 10 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500); // the last five reach the kiosk, counted, not logged
            Process term = new ProcessBuilder("pkill", "-TERM", "-f", "kiosk-id sigterm-gate").start();
            assertTrue(term.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
            while (javaRunning() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(javaRunning(), "the kiosk stopped on SIGTERM");
        }
        assertEquals(11, faultRows(db), "10 rows, then one with the count");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT why FROM unmarked_scans WHERE fault = 1 "
                     + "ORDER BY id DESC LIMIT 1")) {
            assertTrue(r.next());
            assertTrue(r.getString(1).startsWith("5 more faults from scanner 'noisy' not logged since 08:5"),
                    r.getString(1));
        }
    }

    /** The demo's data folder, its settings naming one serial scanner on a pty socat will make; the ptys' folder. */
    private Path demoWithScanner(String name) throws Exception {
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        Path ptys = Files.createDirectories(dir.resolve("ptys"));
        Files.writeString(dir.resolve("demo/demo.toml"), String.join("\n", "",
                "[[scanner]]",
                "name = \"" + name + "\"",
                "port = \"" + ptys.resolve("scanner") + "\"",
                "baud = 9600",
                "terminator = \"CR\"", ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return ptys;
    }

    private static boolean javaRunning() throws Exception {
        Process p = new ProcessBuilder("pgrep", "-f", "kiosk-id sigterm-gate").start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.exitValue() == 0;
    }

    private static int faultRows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM unmarked_scans WHERE fault = 1")) {
            return r.getInt(1);
        }
    }

    private static void signInAsStaff(Tmux tmux) throws Exception {
        KioskKeys.signInAsStaff(tmux, "gate", "office", "1234", WAIT);
    }

    private static void waitUntilGone(Tmux tmux, String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = tmux.screen("gate");
        while (screen.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            screen = tmux.screen("gate");
        }
        assertFalse(screen.contains(text), "still shows '" + text + "':\n" + screen);
    }
}
