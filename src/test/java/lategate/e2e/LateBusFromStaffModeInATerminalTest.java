package lategate.e2e;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A late bus amended from staff mode, as the receptionist does it: the packaged jar in a real
 * terminal (tmux), the bus chosen by kiosk and time window, who will change shown by name and class
 * before anything is written, then one audit entry each (an amendment keeps the original, the
 * reason, the date and who made it: Oak Meadow §7, PSA §H, KTS §4.1; the 2024 regulations).
 */
class LateBusFromStaffModeInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    @DisplayName("8 on the staff menu, W, the gate from 09:05 to 09:20: the preview names the two pupils, Enter amends them")
    void lateBusWithItsPreview() throws Exception {
        assertEquals(0, Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk").exit());
        // Oliver Brown (RB) and Muhammad Walker (RB) off the bus; Noah Williams (RB) later, on his own.
        signIn("DEMO0002", "09:06:00");
        signIn("DEMO0004", "09:12:00");
        signIn("DEMO0006", "09:35:00");

        try (Tmux tmux = new Tmux()) {
            tmux.start("gate", Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                    + dir.resolve("demo/demo.db") + " --clock 2026-11-23T10:30:00 --kiosk-id gate");
            tmux.waitFor("gate", "Scan your badge", WAIT);
            // The demo ships a receptionist, office (Pat Reed), with the PIN 1234.
            KioskKeys.signInAsStaff(tmux, "gate", "office", "1234", WAIT);
            tmux.keys("gate", "8");
            tmux.waitFor("gate", "tick who was on it", WAIT);
            tmux.keys("gate", "w");
            tmux.waitFor("gate", "Which kiosk", WAIT);
            tmux.keys("gate", "Enter"); // this kiosk, offered
            tmux.waitFor("gate", "First arrival time", WAIT);
            tmux.keys("gate", "-l", "09:05");
            tmux.keys("gate", "Enter");
            tmux.waitFor("gate", "Last arrival time", WAIT);
            tmux.keys("gate", "-l", "09:20");
            tmux.keys("gate", "Enter");
            tmux.waitFor("gate", "Late reason to set", WAIT);
            tmux.keys("gate", "-l", "Late bus");
            tmux.keys("gate", "Enter");
            tmux.waitFor("gate", "Why", WAIT);
            tmux.keys("gate", "-l", "bus company confirmed the delay");
            tmux.keys("gate", "Enter");
            String preview = tmux.waitFor("gate", "2 pupils will change", WAIT);
            assertTrue(preview.contains("Oliver Brown (RB), morning: L -> L, late reason 'Late bus'"), preview);
            assertTrue(preview.contains("Muhammad Walker (RB), morning: U -> U, late reason 'Late bus'"), preview);
            assertFalse(preview.contains("Noah Williams"), preview);
            assertTrue(preview.contains("Nothing is written until you press Enter"), preview);
            assertEquals(0, count("SELECT count(*) FROM amendments"), "the preview writes nothing");

            tmux.keys("gate", "Enter");
            String book = tmux.waitFor("gate", "late bus: 2 entries amended", WAIT);
            assertTrue(book.contains("Late Book"), book);
        }
        assertEquals(2, count("SELECT count(*) FROM amendments WHERE late_reason = 'Late bus' AND batch_id IS NOT NULL "
                + "AND amended_by = 'Pat Reed' AND position = 'Receptionist' AND pupil_id IN ('D0002', 'D0004')"));
        assertEquals(3, count("SELECT count(*) FROM arrivals"), "the originals stay");
    }

    private void signIn(String badge, String time) throws Exception {
        Jar.Run run = Jar.lategate(dir, "sign-in", "--school", "demo/demo.toml", "--db", "demo/demo.db", "--badge",
                printed(badge), "--at", "2026-11-23T" + time, "--kiosk-id", "gate");
        assertEquals(0, run.exit(), run.err());
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
