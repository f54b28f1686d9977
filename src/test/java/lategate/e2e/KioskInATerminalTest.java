package lategate.e2e;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as a pupil meets it: the packaged jar in a real terminal (tmux), typed into as a
 * keyboard-wedge scanner types, and the register checked afterwards with `lategate book`.
 */
class KioskInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @BeforeEach
    void demoData() throws Exception {
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
    }

    private String kiosk(String clock, String id) {
        return Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                + dir.resolve("demo/demo.db") + " --clock " + clock + " --kiosk-id " + id;
    }

    @Test
    @DisplayName("on time, L and U for a pinned clock, each on screen and in the Late Book; staff leave with F12 and the PIN")
    void onTimeLateAndU() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start("early", kiosk("2026-11-23T08:40:00", "gate"));
            tmux.waitFor("early", "Scan your badge", WAIT);
            tmux.keys("early", DemoSchool.printed(1), "Enter");
            tmux.waitFor("early", "You're on time: go straight to class.", WAIT);

            tmux.start("late", kiosk("2026-11-23T08:57:00", "gate"));
            String idle = tmux.waitFor("late", "Scan your badge", WAIT);
            assertTrue(idle.contains("Morning register open: arrivals now are late (L) until 09:10"), idle);
            tmux.keys("late", DemoSchool.printed(2), "Enter");
            String reasons = tmux.waitFor("late", "Why are you late? Press a number.", WAIT);
            assertTrue(reasons.contains("You are 12 minutes late."), reasons);
            tmux.keys("late", "1");
            tmux.waitFor("late", "Thank you", WAIT);

            tmux.start("closed", kiosk("2026-11-23T09:25:00", "gate"));
            tmux.waitFor("closed", "arrivals now are marked U", WAIT);
            tmux.keys("closed", DemoSchool.printed(3), "Enter");
            tmux.waitFor("closed", "You are marked U: this counts as an", WAIT);
            tmux.keys("closed", printed("NOPE"), "Enter"); // well formed, but no pupil holds it
            tmux.waitFor("closed", "Badge not recognised: please see the office.", WAIT);

            tmux.keys("closed", "C-c", "C-z", "Escape", "F5");
            Thread.sleep(300);
            assertTrue(tmux.alive("closed"), "Ctrl-C, Ctrl-Z, Escape and F5 must not end the kiosk");
            KioskKeys.exit(tmux, "closed", "1234", WAIT);
        }
        List<String> book = Jar.lateBook(dir, "2026-11-23");
        assertEquals(2, book.size(), String.join("\n", book));
        // --clock starts the kiosk's clock as it launches and lets it run on, so a scan lands the
        // seconds the JVM took to draw its first screen after it: the minute is what is pinned.
        assertTrue(book.get(0).matches("08:57:0\\d,D0002,.*") && book.get(0).contains(",AM,L,12,"), book.get(0));
        assertTrue(book.get(0).contains("\"Bus, train or traffic\",given,"), book.get(0));
        assertTrue(book.get(1).matches("09:25:0\\d,D0003,.*") && book.get(1).contains(",AM,U,40,"), book.get(1));
    }

    @Test
    @DisplayName("a late bus: 60 badges typed back to back with no pause are 60 arrivals, in order, none merged or split")
    void burstOfSixty() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            keys.add(DemoSchool.printed(i));
            keys.add("Enter");
        }
        try (Tmux tmux = new Tmux()) {
            tmux.start("gate", kiosk("2026-11-23T09:02:00", "gate"));
            tmux.waitFor("gate", "Scan your badge", WAIT);
            tmux.keys("gate", keys.toArray(String[]::new));
            tmux.waitFor("gate", "Why are you late?", WAIT);
            List<String> book = waitForRows(60);
            for (int i = 0; i < 60; i++) {
                assertTrue(book.get(i).contains(String.format(",D%04d,", i + 1)), "row " + i + ": " + book.get(i));
            }
        }
        assertEquals(60, count("SELECT count(*) FROM arrivals"));
        assertEquals(59, count("SELECT count(*) FROM arrival_reasons WHERE status = 'not_given'"),
                "each pupil but the last lost the picker to the next scan");
    }

    @Test
    @DisplayName("kill -9 the moment the confirmation appears: after a restart the arrival is there and the file is whole")
    void crashRightAfterConfirmation() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start("gate", kiosk("2026-11-23T09:00:00", "gate"));
            tmux.waitFor("gate", "Scan your badge", WAIT);
            tmux.keys("gate", DemoSchool.printed(7), "Enter");
            tmux.waitFor("gate", "Why are you late?", WAIT);
            new ProcessBuilder("kill", "-9", Long.toString(tmux.pid("gate"))).start().waitFor();
        }
        try (Tmux tmux = new Tmux()) {
            tmux.start("again", kiosk("2026-11-23T09:01:00", "gate"));
            tmux.waitFor("again", "Scan your badge", WAIT);
            tmux.keys("again", DemoSchool.printed(7), "Enter");
            tmux.waitFor("again", "Already signed in at 09:00.", WAIT);
        }
        List<String> book = Jar.lateBook(dir, "2026-11-23");
        assertEquals(1, book.size());
        assertTrue(book.get(0).contains(",D0007,"), book.get(0));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", r.getString(1));
        }
    }

    @Test
    @DisplayName("two kiosks on one database scanning at the same time: every scan recorded once, one mark per pupil")
    void twoKiosksOneDatabase() throws Exception {
        List<String> gateKeys = new ArrayList<>();
        List<String> receptionKeys = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            gateKeys.add(DemoSchool.printed(i));
            gateKeys.add("Enter");
            receptionKeys.add(DemoSchool.printed(100 + i));
            receptionKeys.add("Enter");
        }
        for (int i = 1; i <= 5; i++) { // five pupils scan at both kiosks
            gateKeys.add(DemoSchool.printed(200 + i));
            gateKeys.add("Enter");
            receptionKeys.add(DemoSchool.printed(200 + i));
            receptionKeys.add("Enter");
        }
        try (Tmux tmux = new Tmux()) {
            tmux.start("gate", kiosk("2026-11-23T09:02:00", "gate"));
            tmux.start("reception", kiosk("2026-11-23T09:02:00", "reception"));
            tmux.waitFor("gate", "Scan your badge", WAIT);
            tmux.waitFor("reception", "Scan your badge", WAIT);
            Thread gate = new Thread(() -> send(tmux, "gate", gateKeys));
            gate.start();
            send(tmux, "reception", receptionKeys);
            gate.join();
            waitForRows(65);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (count("SELECT count(*) FROM arrivals") < 70 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertEquals(70, count("SELECT count(*) FROM arrivals"), "every scan is in the log");
        assertEquals(65, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL"), "one mark per pupil");
        assertEquals(0, count("SELECT count(*) FROM (SELECT pupil_id FROM arrivals WHERE repeat_of IS NULL "
                + "GROUP BY pupil_id, register HAVING count(*) > 1)"));
    }

    private static void send(Tmux tmux, String name, List<String> keys) {
        try {
            tmux.keys(name, keys.toArray(String[]::new));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> waitForRows(int rows) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> book = List.of();
        while (System.nanoTime() < deadline) {
            book = Jar.lateBook(dir, "2026-11-23");
            if (book.size() >= rows) {
                return book;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("only " + book.size() + " of " + rows + " arrivals in the Late Book; scans that "
                + "marked nothing: " + unmarked());
    }

    private String unmarked() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT group_concat(code || ' (' || why || ')', '; ') "
                     + "FROM unmarked_scans")) {
            return String.valueOf(r.getString(1));
        } catch (Exception e) {
            return "(cannot read: " + e.getMessage() + ")";
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
