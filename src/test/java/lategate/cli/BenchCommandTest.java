package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store benchmark runs end to end on a small count (its figures are read by people, not asserted). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("bench store records every arrival, prints both latency rows, and leaves nothing behind")
    void benchStoreRuns() throws Exception {
        CommandLineRun run = lategate("bench", "store", "--count", "300", "--dir", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("raw fsync (4 KiB append + fdatasync)"), run.out());
        assertTrue(run.out().contains("record arrival (lookup, classify, commit)"), run.out());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the temporary folder is removed");
        }
    }
}
