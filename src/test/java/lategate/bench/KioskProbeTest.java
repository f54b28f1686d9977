package lategate.bench;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import lategate.demo.DemoSetup;

/** The probe behind 'bench kiosk' times scans the kiosk takes (it runs only from the jar, so it is tested here). */
class KioskProbeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("bench kiosk's scans are badges as printed: each signs its pupil in, and the figures are printed")
    void scansArePrintedBadges() throws Exception {
        DemoSetup.prepare(new DemoSchool(dir), Clock.systemUTC());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> KioskProbe.main(new String[] {"scans", dir.toString(), "100"}));
        } finally {
            System.setOut(out);
        }
        String figures = captured.toString(StandardCharsets.UTF_8);
        assertTrue(figures.matches("(?s).*p50 [0-9.]+ p99 [0-9.]+ max [0-9.]+ rss_mb [0-9.-]+ hwm_mb [0-9.-]+\\s*"), figures);
    }
}
