package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate badges check' reads a code exactly, as a scan is read, unless told with --typed that
 * it was typed by hand: then a letter O is read as 0 (and I as 1) when that gives exactly one
 * badge on roll, as the kiosk reads a typed code (docs/receptionist.md, "Typing a code"). On the
 * demo school's real database.
 */
class BadgesCheckTypedTest {

    @TempDir
    static Path dir;
    private static DemoSchool demo;

    @BeforeAll
    static void demoSchool() {
        CommandLineRun run = lategate("demo", "--data", dir.resolve("demo").toString(), "--no-kiosk");
        assertEquals(0, run.exit(), run.err());
        demo = new DemoSchool(dir.resolve("demo"));
    }

    private static CommandLineRun check(String... codeAndOptions) {
        String[] args = new String[6 + codeAndOptions.length];
        System.arraycopy(new String[] {"badges", "check", "--school", demo.settings().toString(), "--db",
                demo.database().toString()}, 0, args, 0, 6);
        System.arraycopy(codeAndOptions, 0, args, 6, codeAndOptions.length);
        return lategate(args);
    }

    @Test
    @DisplayName("DEMO0092O without --typed is refused as misread, as a scan is")
    void exactByDefault() {
        CommandLineRun run = check("DEMO0092O");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("refused (misread): 'DEMO0092O': its check character does not match"),
                run.err());
    }

    @Test
    @DisplayName("DEMO0092O with --typed is DEMO00920's pupil, and says what it was read as")
    void typedIsCorrected() {
        CommandLineRun run = check("--typed", "DEMO0092O");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("(D0092, "), run.out());
        assertTrue(run.out().strip().endsWith("printed code, check character correct once read as DEMO00920 (typed O "
                + "read as 0, I as 1)."), run.out());
        CommandLineRun exact = check("--typed", "DEMO00920");
        assertEquals(0, exact.exit(), exact.err());
        assertTrue(exact.out().strip().endsWith("printed code, check character correct."), exact.out());
    }

    @Test
    @DisplayName("a typed code with a real slip is still refused as misread")
    void typedSlipRefused() {
        CommandLineRun run = check("--typed", "DEMO0093O");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("refused (misread)"), run.err());
    }
}
