package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A queue at the gate (docs/receptionist.md, "A queue at the gate"): the packaged jar in tmux, ten
 * badges scanned 0.3 s apart. Every scan is a mark at its own instant (the 2024 regulations, reg 10);
 * each picker the next scan cut short is "not asked", and the office finds those pupils under
 * Reasons to collect and with `reasons pending`.
 */
class QueueAtTheGateInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @BeforeEach
    void demoData() throws Exception {
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
    }

    private String kiosk(String clock) {
        return Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                + dir.resolve("demo/demo.db") + " --clock " + clock + " --kiosk-id gate";
    }

    @Test
    @DisplayName("ten scans 0.3 s apart: ten arrivals, nine 'not asked' under Reasons to collect (9), on the strip and in the database")
    void queueOfTen() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start("gate", kiosk("2026-11-23T08:57:00"));
            tmux.waitFor("gate", "Scan your badge", WAIT);
            for (int i = 1; i <= 10; i++) {
                tmux.keys("gate", DemoSchool.printed(i), "Enter");
                Thread.sleep(300);
            }
            String strip = tmux.waitFor("gate", "Signed in just now (the office will ask your reason):", WAIT);
            assertTrue(strip.contains("Why are you late?"), "the tenth pupil's picker stays above the strip:\n" + strip);
            tmux.keys("gate", "1"); // the tenth pupil chooses
            tmux.waitFor("gate", "Thank you", WAIT);
            KioskKeys.signInAsStaff(tmux, "gate", "office", "1234", WAIT);
            tmux.keys("gate", "r");
            String list = tmux.waitFor("gate", "not asked (queue)", WAIT);
            assertTrue(list.contains("Reasons to collect (9)"), list);
            assertEquals(9, list.split("not asked \\(queue\\)", -1).length - 1, list);
        }
        assertEquals(10, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL"));
        assertEquals(9, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'not_asked'"));
        Jar.Run pending = Jar.lategate(dir, "reasons", "pending", "--school", "demo/demo.toml", "--db", "demo/demo.db",
                "--date", "2026-11-23", "--json");
        assertEquals(0, pending.exit(), pending.err());
        String json = pending.out().replaceAll("\\s+", "");
        assertTrue(json.contains("\"count\":9,"), json);
        assertEquals(9, json.split("\"reason_status\":\"not_asked\"", -1).length - 1, json);
    }

    @Test
    @DisplayName("late-bus mode declared in staff mode: the same queue gets the bus as its reason, no picker, no detention message; it survives kill -9")
    void lateBusQueue() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start("gate", kiosk("2026-11-23T09:15:00"));
            tmux.waitFor("gate", "Scan your badge", WAIT);
            KioskKeys.signInAsStaff(tmux, "gate", "office", "1234", WAIT);
            tmux.keys("gate", "b");
            tmux.waitFor("gate", "Route or reason:", WAIT);
            tmux.keys("gate", "route 42", "Enter");
            tmux.waitFor("gate", "Until (HH:MM):", WAIT);
            tmux.keys("gate", "09:45", "Enter");
            tmux.waitFor("gate", "Running now: Late bus mode (route 42) until 09:45", WAIT);
            tmux.keys("gate", "Escape");
            tmux.waitFor("gate", "Staff menu", WAIT);
            tmux.keys("gate", "Escape");
            String idle = tmux.waitFor("gate", "Late bus mode (route 42) until 09:45", WAIT);
            assertTrue(idle.contains("Scan your badge"), idle);
            for (int i = 1; i <= 10; i++) {
                tmux.keys("gate", DemoSchool.printed(i), "Enter");
                Thread.sleep(300);
            }
            String last = tmux.waitFor("gate", "Your bus was late (route 42)", WAIT);
            assertTrue(!last.contains("Why are you late?") && !last.contains("at break"), last);
            new ProcessBuilder("kill", "-9", Long.toString(tmux.pid("gate"))).start().waitFor();
        }
        try (Tmux tmux = new Tmux()) {
            tmux.start("again", kiosk("2026-11-23T09:20:00"));
            tmux.waitFor("again", "Late bus mode (route 42) until 09:45", WAIT);
        }
        assertEquals(10, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL AND mark = 'U' "
                + "AND consequence IS NULL"));
        assertEquals(10, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'late_bus' "
                + "AND reason_label = 'Late bus: route 42, declared by Pat Reed at 09:15' AND status = 'given'"));
        assertEquals(0, count("SELECT count(*) FROM arrival_reasons WHERE reason_key <> 'late_bus'"),
                "no picker was shown, so no pupil was cut short");
        java.util.List<String> book = Jar.lateBook(dir, "2026-11-23");
        assertEquals(10, book.size());
        assertTrue(book.stream().allMatch(l -> l.contains("Late bus: route 42, declared by Pat Reed at 09:15")),
                String.join("\n", book));
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
