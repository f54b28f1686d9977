package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a register stays open, as "Working together to improve school attendance" (DfE, August
 * 2024) has it: closed no later than 30 minutes after it is taken, and open for the same time
 * morning and afternoon. The mark follows the school's policy, so {@code config check} warns, and
 * still exits 0.
 */
class RegisterWindowsGuidanceTest {

    private static final String GUIDANCE = "\"Working together to improve school attendance\" (DfE, August 2024)";

    @TempDir
    Path dir;

    private static Path shipped(String id) {
        return Path.of("config", "schools", id + ".toml");
    }

    private Path demoWith(String from, String to) throws Exception {
        String text = Files.readString(shipped("demo"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Path file = Files.createDirectories(dir.resolve(String.valueOf(text.hashCode() ^ to.hashCode())))
                .resolve("demo.toml");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private static int lineOf(Path file, String text, int after) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = after; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> registerWarnings(CommandLineRun check) {
        return check.err().lines().filter(l -> l.contains(": registers.")).toList();
    }

    @Test
    @DisplayName("a morning register open 45 minutes is warned of at its close, citing the 30 minutes of "
            + "\"Working together to improve school attendance\" (August 2024), and the file still passes")
    void openLongerThanThirtyMinutesWarns() throws Exception {
        Path file = demoWith("taken = \"08:45\"\ncloses = \"09:10\"", "taken = \"08:45\"\ncloses = \"09:30\"");
        CommandLineRun check = lategate("config", "check", file.toString());
        assertEquals(0, check.exit(), check.err());
        int amClose = lineOf(file, "closes = \"09:30\"", 0);
        assertTrue(check.err().contains(file + ":" + amClose + ": registers.am.closes: warning: the morning register "
                + "is open 45 minutes (08:45 to 09:30): " + GUIDANCE + " asks that a register closes no later than 30 "
                + "minutes after it is taken"), check.err());
    }

    @Test
    @DisplayName("a register open exactly 30 minutes each session draws no warning (the guidance's limit is 30)")
    void thirtyMinutesBothSessionsIsFine() throws Exception {
        Path file = demoWith("closes = \"09:10\"", "closes = \"09:15\"");
        file = Files.writeString(file, Files.readString(file).replaceFirst("closes = \"13:40\"", "closes = \"13:45\""));
        CommandLineRun check = lategate("config", "check", file.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals(List.of(), registerWarnings(check));
    }

    @Test
    @DisplayName("an afternoon window longer than the morning's (25 against 30 minutes) is warned of at the "
            + "afternoon close, naming the morning's length and the guidance")
    void windowsOfDifferentLengthsWarn() throws Exception {
        Path file = demoWith("closes = \"13:40\"", "closes = \"13:45\"");
        CommandLineRun check = lategate("config", "check", file.toString());
        assertEquals(0, check.exit(), check.err());
        int pmClose = lineOf(file, "closes = \"13:45\"", 0);
        assertEquals(List.of(file + ":" + pmClose + ": registers.pm.closes: warning: the afternoon register is open 30 "
                + "minutes (13:15 to 13:45) and the morning one 25 minutes (08:45 to 09:10): " + GUIDANCE + " keeps "
                + "registers open for the same time each session; where the policy gives no afternoon close, close "
                + "it 25 minutes after it is taken (at 13:40) and ask the school to confirm"), registerWarnings(check));
    }

    @Test
    @DisplayName("the shipped files: demo, PSA (§I), Russell (§4), KTS (§4.1) and Seagrave (§7.1) keep both "
            + "registers open the same time, 30 minutes or less, with no warning; Oak Meadow's own times (§5, "
            + "§11: 45 minutes in the morning, 10 in the afternoon) draw the two honest warnings")
    void shippedFiles() throws Exception {
        for (String id : List.of("demo", "psa", "russell", "kts", "seagrave")) {
            CommandLineRun check = lategate("config", "check", shipped(id).toString());
            assertEquals(0, check.exit(), id + ": " + check.err());
            assertEquals(List.of(), registerWarnings(check), id);
        }
        Path oak = shipped("oak-meadow");
        CommandLineRun check = lategate("config", "check", oak.toString());
        assertEquals(0, check.exit(), check.err());
        List<String> warnings = registerWarnings(check);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(oak + ":" + lineOf(oak, "closes = \"09:30\"", 0)
                + ": registers.am.closes: warning: the morning register is open 45 minutes"), warnings.toString());
        assertTrue(warnings.get(1).startsWith(oak + ":" + lineOf(oak, "closes = \"13:30\"", 0)
                + ": registers.pm.closes: warning: the afternoon register is open 10 minutes"), warnings.toString());
    }

    @Test
    @DisplayName("where the policy gives no afternoon close (Russell §4, KTS §4.1, Seagrave §7.1), the shipped "
            + "file closes it the morning's length after it is taken, marked \"school to confirm\"")
    void noAfternoonCloseInThePolicyIsTheMorningsLength() throws Exception {
        for (String[] school : List.of(new String[] {"russell", "13:40"}, new String[] {"kts", "13:20"},
                new String[] {"seagrave", "13:15"})) {
            Path file = shipped(school[0]);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String close = lines.get(lineOf(file, "closes = \"" + school[1] + "\"", lineOf(file, "[registers.pm]", 0))
                    - 1);
            assertTrue(close.contains("the morning's length") && close.contains("school to confirm"), close);
        }
        assertFalse(Files.readString(shipped("psa")).contains("closes = \"13:30\""), "PSA §I: lesson registers, 15 min");
    }
}
