package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate bench' runs every benchmark and ends with one table (issue 9, point 7), at the least
 * sizes so it stays quick: this keeps the command working, its figures mean nothing here.
 */
class BenchEverythingFromTheJarTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("lategate bench runs store, kiosk, reports and badges and prints one table, sync left out without --hub")
    void oneTable() throws Exception {
        Jar.Run bench = Jar.lategate(300, dir, "bench", "--smoke");
        assertEquals(0, bench.exit(), bench.out() + bench.err());
        String table = bench.out().substring(bench.out().lastIndexOf("lategate bench: every benchmark"));
        for (String row : new String[] {"raw fsync p50 / p99", "record p99 / raw fsync p99", "cold start to idle screen",
                "scan to confirmation p99", "blocks, 10 pupils", "thresholds, 10 pupils", "left out",
                "decode-and-verify of a scanned code", "badge sheet PDF for 10 pupils", "scan p99, 2 years / empty year",
                "blocks, 2 years / 1 year", "purge of the oldest of 2 years"}) {
            assertTrue(table.contains(row), row + " in\n" + table);
        }
        // The Pi-class stand-in: measured where the machine can make a control group, else named with why.
        String pi = table.lines().filter(l -> l.startsWith("kiosk [30% CPU")).reduce("", (a, b) -> a + b + "\n");
        assertTrue(pi.contains("cold start to idle screen") || pi.contains("left out"), table);
    }
}
