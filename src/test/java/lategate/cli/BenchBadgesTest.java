package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The badge bench runs end to end at a tiny size, so it cannot rot (its figures are read by people). */
class BenchBadgesTest {

    @Test
    void benchBadgesDecodesEveryCodeAsItsPupilAndMakesTheSheet() {
        CommandLineRun run = lategate("bench", "badges", "--codes", "100", "--pupils", "12");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("printed code (check character)"), run.out());
        assertTrue(run.out().contains("QR code (HMAC-SHA256 signature)"), run.out());
        assertTrue(run.out().matches("(?s).*existing card, as-is \\(index of the roll\\) +[0-9.]+ +[0-9.]+ +[0-9.]+\n.*"), run.out());
        assertTrue(run.out().contains("'lategate badges --out' for 12 pupils, 2 A4 pages"), run.out());
    }

    @Test
    void tooFewCodesForAP99IsRefused() {
        CommandLineRun run = lategate("bench", "badges", "--codes", "10");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("--codes must be at least 100"), run.err());
    }
}
