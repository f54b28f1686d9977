package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lategate.files.OversizedFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import lategate.wiring.PinReader;

/**
 * Files and standard input given to lategate by name are read under a cap: {@code /dev/zero}, a
 * huge file or a named pipe gets a message and exit 1, never a hang or an out-of-memory error.
 */
@Tag("attack")
class OversizedInputsTest {

    private static final String PSA = "config/schools/psa.toml";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a roster over 50 MiB, /dev/zero or a named pipe is refused with its path, and nothing is imported")
    void rosterOverTheCap() throws Exception {
        Path db = dir.resolve("psa.db");
        Path big = OversizedFiles.sparse(dir.resolve("roster.csv"), 50L * 1024 * 1024 + 1);
        Path pipe = OversizedFiles.fifo(dir.resolve("roster-pipe.csv"));
        for (Path roster : List.of(big, OversizedFiles.DEV_ZERO, pipe)) {
            CommandLineRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> lategate("roster", "import", "--school", PSA, "--db", db.toString(), roster.toString()));
            assertEquals(1, run.exit(), run.out());
            assertTrue(run.err().startsWith(roster + ": is "), run.err());
            assertTrue(run.err().contains(roster.equals(pipe) ? "named pipe" : "larger than 50 MiB"), run.err());
            assertTrue(run.err().contains("1 problem in " + roster + "; nothing was imported"), run.err());
            assertFalse(Files.exists(db), "no database was made");
        }
    }

    @Test
    @DisplayName("a PIN read from standard input that is /dev/zero is refused after one capped line")
    void pinFromDevZero() throws Exception {
        Path db = dir.resolve("demo.db");
        lategate.StoreFixture.databaseWith(db, "demo", List.of()).close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (FileInputStream zeros = new FileInputStream(OversizedFiles.DEV_ZERO.toFile())) {
            CommandLine cli = Main.commandLine(CommandLineRun.MONDAY_MORNING,
                    PinReader.lines(new InputStreamReader(zeros, StandardCharsets.UTF_8)));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cli.execute("staff", "add", "--school",
                    "config/schools/demo.toml", "--db", db.toString(), "--username", "head", "--name", "Sam Head",
                    "--position", "Headteacher", "--role", "administrator"));
        }
        assertEquals(1, exit, out.toString());
        assertTrue(err.toString().contains("a line of standard input given as a PIN is longer than 256 characters"),
                err.toString());
    }
}
