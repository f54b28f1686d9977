package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import lategate.cli.Main;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Values that work but are probably not what the school means are said, without refusing the file. */
class SettingsWarningsTest {

    @TempDir
    Path dir;

    private static final Path RUSSELL = Path.of("config", "schools", "russell.toml");

    private Path russellWith(String from, String to) throws Exception {
        String text = Files.readString(RUSSELL, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Path file = dir.resolve("russell.toml");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private static int lineOf(Path file, String start) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    @Test
    @DisplayName("a time zone that is not UK time, such as UTC or GMT+1, loads with a warning at the time zone")
    void zoneOtherThanLondonWarns() throws Exception {
        for (String zone : List.of("UTC", "GMT+1")) {
            Path file = russellWith("time_zone = \"Europe/London\"", "time_zone = \"" + zone + "\"");
            List<SettingsProblem> warnings = besidesTheExitPin(SchoolSettings.read(file).warnings());
            assertEquals(List.of("school.time_zone"),
                    warnings.stream().map(SettingsProblem::key).toList(), warnings.toString());
            assertEquals(lineOf(file, "time_zone"), warnings.get(0).line());
            assertTrue(warnings.get(0).message().contains("Europe/London"), warnings.toString());
        }
    }

    @Test
    @DisplayName("the shipped profiles that keep 6 years and use UK time warn only that the school must set its kiosk PIN")
    void shippedSixYearProfilesHaveNoWarnings() throws Exception {
        for (String id : List.of("psa", "kts", "seagrave")) {
            List<SettingsProblem> warnings = SchoolSettings.read(Path.of("config", "schools", id + ".toml")).warnings();
            assertEquals(List.of("kiosk.exit_pin_hash"), warnings.stream().map(SettingsProblem::key).toList(), id);
            assertTrue(warnings.get(0).message().contains("'lategate kiosk' will not start"), warnings.toString());
        }
        assertEquals(List.of(), SchoolSettings.read(Path.of("config", "schools", "demo.toml")).warnings(),
                "the demo ships with its PIN (1234)");
    }

    /** The warnings other than the missing kiosk PIN, which a school sets after installing. */
    private static List<SettingsProblem> besidesTheExitPin(List<SettingsProblem> warnings) {
        return warnings.stream().filter(w -> !w.key().startsWith("kiosk")).toList();
    }

    @Test
    @DisplayName("config check prints warnings as FILE:LINE: KEY: warning: message and still exits 0")
    void configCheckPrintsWarningsAndPasses() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Clock.systemUTC());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Path utc = russellWith("time_zone = \"Europe/London\"", "time_zone = \"UTC\"");
        int exit = cli.execute("config", "check", utc.toString());
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains(utc + ": OK ("), out.toString());
        assertTrue(err.toString().contains(utc + ":" + lineOf(utc, "time_zone") + ": school.time_zone: warning: "),
                err.toString());
    }

    @Test
    @DisplayName("a file with errors shows its warnings beside them, in line order")
    void warningsComeWithErrors() throws Exception {
        Path named = russellWith("name = \"The Russell School\"", "name = \"\"");
        Path file = dir.resolve("russell.toml");
        Files.writeString(file, Files.readString(named, StandardCharsets.UTF_8)
                .replace("time_zone = \"Europe/London\"", "time_zone = \"UTC\""), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Clock.systemUTC());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(1, cli.execute("config", "check", file.toString()));
        String text = err.toString();
        int error = text.indexOf(": school.name: must not be empty");
        int warning = text.indexOf(": school.time_zone: warning: ");
        assertTrue(error >= 0 && warning > error, text);
    }
}
