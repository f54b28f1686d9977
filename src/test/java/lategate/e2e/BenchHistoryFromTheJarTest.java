package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate bench history' at its least sizes, from the packaged jar: it generates two years, scans,
 * runs both reports on one year and on two, purges the oldest year and prints each figure with its
 * goal. A benchmark, not a timed test: the figures are checked to be there, never judged
 * (the 2024 regulations keep 6 years, docs/data-protection.md; docs/architecture.md, "A register
 * kept six years").
 */
class BenchHistoryFromTheJarTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("bench history --years 2 --pupils 50 prints the scan, report and purge figures against their goals")
    void twoYears() throws Exception {
        Jar.Run bench = Jar.lategate(300, dir, "bench", "history", "--years", "2", "--pupils", "50", "--scans", "100",
                "--runs", "1");
        assertEquals(0, bench.exit(), bench.out() + bench.err());
        String out = bench.out();
        for (String line : new String[] {"2 academic years of marks", "an empty year (the roll only)",
                "2 years of marks", "scan p99 with 2 years / an empty year = ", "report blocks --block",
                "report thresholds --on", "purge on ", "removed ", "load average"}) {
            assertTrue(out.contains(line), line + " in\n" + out);
        }
        assertTrue(out.matches("(?s).*scan p99 with 2 years / an empty year = \\d+\\.\\d\\d \\(goal: at most 1\\.2\\).*"),
                out);
        assertTrue(out.matches("(?s).*purge on \\d{4}-\\d\\d-\\d\\d \\(keeps from \\d{4}-09-01\\): removed \\d+ rows.*"),
                out);
    }
}
