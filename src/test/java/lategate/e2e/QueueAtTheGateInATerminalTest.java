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

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
