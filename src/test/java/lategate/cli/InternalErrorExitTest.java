package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A script can tell a crash from a typo: a bug exits 70 with one line naming the file that holds
 * the stack trace; bad input stays exit 1 with its message and a usage error exit 2.
 */
class InternalErrorExitTest {

    private static final Pattern NAMED_LOG = Pattern.compile(
            "lategate: internal error \\(java\\.lang\\.IllegalStateException: a bug\\); the stack trace is in (\\S+)");

    @TempDir
    Path dir;

    /** A command with a bug in it: what no command expects to throw. */
    @Command(name = "crash")
    static final class Crashing implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a bug");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(CrashLog crashes, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(CommandLineRun.MONDAY_MORNING, crashes);
        cli.addSubcommand("crash", new Crashing());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    @DisplayName("an unexpected exception exits 70 with one line naming a 0600 log that holds the stack trace")
    void anUnexpectedExceptionExits70AndNamesItsLog() throws Exception {
        Path state = dir.resolve("state").resolve("lategate");
        Run run = run(new CrashLog(List.of(state)), "crash");

        assertEquals(70, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace on the screen: " + run.err());
        Matcher named = NAMED_LOG.matcher(run.err().strip());
        assertTrue(named.matches(), run.err());
        Path log = Path.of(named.group(1));
        assertEquals(state, log.getParent());
        String trace = Files.readString(log);
        assertTrue(trace.contains("command: lategate crash"), trace);
        assertTrue(trace.contains("java.lang.IllegalStateException: a bug"), trace);
        assertTrue(trace.contains("\tat lategate.cli.InternalErrorExitTest$Crashing.run("), trace);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
    }

    @Test
    @DisplayName("when the state folder cannot be made, the log goes to the next folder, the temporary one")
    void aFolderThatCannotBeMadeFallsBack() throws Exception {
        Path blocked = dir.resolve("home");
        Files.writeString(blocked, "a file where the state folder would go");
        Path temporary = Files.createDirectory(dir.resolve("tmp"));
        Run run = run(new CrashLog(List.of(blocked.resolve("lategate"), temporary)), "crash");

        assertEquals(70, run.exit());
        Matcher named = NAMED_LOG.matcher(run.err().strip());
        assertTrue(named.matches(), run.err());
        assertEquals(temporary, Path.of(named.group(1)).getParent());
    }

    @Test
    @DisplayName("with nowhere to write a log, the stack trace goes to stderr and the exit is still 70")
    void nowhereToWriteShowsTheTrace() throws Exception {
        Path blocked = dir.resolve("home");
        Files.writeString(blocked, "a file where the state folder would go");
        Run run = run(new CrashLog(List.of(blocked.resolve("lategate"))), "crash");

        assertEquals(70, run.exit());
        assertTrue(run.err().contains("no log file could be written"), run.err());
        assertTrue(run.err().contains("\tat lategate.cli.InternalErrorExitTest$Crashing.run("), run.err());
    }

    @Test
    @DisplayName("bad input stays exit 1 with its message, a usage error exit 2, and neither writes a log")
    void badInputAndUsageErrorsAreNotCrashes() throws Exception {
        Path state = dir.resolve("state");
        CrashLog crashes = new CrashLog(List.of(state));

        Run badInput = run(crashes, "explain", "--school", "config/schools/russell.toml", "--at", "9am");
        assertEquals(1, badInput.exit());
        assertTrue(badInput.err().contains("--at '9am' is not a date and time"), badInput.err());

        Run usage = run(crashes, "explain", "--school", "config/schools/russell.toml", "--colour", "red");
        assertEquals(2, usage.exit());

        assertFalse(Files.exists(state), "no crash log for bad input or a usage error");
        assertFalse((badInput.err() + usage.err()).contains("internal error"));
    }

    @Test
    @DisplayName("the log folder is $XDG_STATE_HOME/lategate if absolute, else ~/.local/state/lategate, then the temporary folder")
    void theLogFolderFollowsTheXdgBaseDirectories() {
        assertEquals(List.of(Path.of("/var/state/lategate"), Path.of("/tmp")),
                CrashLog.folders(Map.of("XDG_STATE_HOME", "/var/state"), "/home/kiosk", "/tmp"));
        assertEquals(List.of(Path.of("/home/kiosk/.local/state/lategate"), Path.of("/tmp")),
                CrashLog.folders(Map.of(), "/home/kiosk", "/tmp"));
        assertEquals(List.of(Path.of("/home/kiosk/.local/state/lategate"), Path.of("/tmp")),
                CrashLog.folders(Map.of("XDG_STATE_HOME", "relative/state"), "/home/kiosk", "/tmp"),
                "a relative XDG_STATE_HOME is ignored, as the specification says");
    }
}
