package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate letters' on a kiosk's layout, settings in a folder of their own as
 * /etc/lategate/school.toml: templates from [letters] templates, else the letters folder beside
 * the settings file, else the shipped ones; --templates still wins (docs/attendance-lead.md,
 * "Letters"; docs/install-kiosk.md). The ladder is the demo's (stage 1 at 3 late marks in a
 * block), on a real database file.
 */
class LetterTemplatesBesideTheSettingsTest {

    private static final Clock FRIDAY_25_SEP = Clock.fixed(Instant.parse("2026-09-25T15:30:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Path etc;
    private Path settings;
    private String db;

    @BeforeEach
    void school() throws Exception {
        etc = Files.createDirectories(dir.resolve("etc/lategate"));
        settings = etc.resolve("school.toml");
        Files.copy(Path.of("config/schools/demo.toml"), settings);
        db = dir.resolve("lategate.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nD1,Amelia,Jones,4,4B,DEMO0001\n",
                StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_25_SEP, "roster", "import", "--school", settings.toString(), "--db",
                db, roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09")) {
            CommandLineRun run = lategate(FRIDAY_25_SEP, "sign-in", "--school", settings.toString(), "--db", db,
                    "--badge", printed("DEMO0001"), "--at", day + "T08:55:00");
            assertEquals(0, run.exit(), run.err());
        }
        CommandLineRun head = withPins("1234\n", FRIDAY_25_SEP, "staff", "add", "--school", settings.toString(),
                "--db", db, "--username", "lead", "--name", "Priya Shah", "--position", "Attendance lead", "--role",
                "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun confirm = withPins("1234\n", FRIDAY_25_SEP, "stages", "confirm", "--school",
                settings.toString(), "--db", db, "--staff", "lead", "--block", "1");
        assertEquals(0, confirm.exit(), confirm.err());
    }

    /** The shipped templates copied to {@code folder}, stage 1's first line after the school's name marked. */
    private static void templatesIn(Path folder, String mark) throws Exception {
        Files.createDirectories(folder);
        try (var shipped = Files.list(Path.of("config/letters"))) {
            for (Path t : shipped.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(t, folder.resolve(t.getFileName().toString()));
            }
        }
        Path stage1 = folder.resolve("stage-1.txt");
        Files.writeString(stage1, Files.readString(stage1).replaceFirst("\\{\\{date}}", "{{date}}\n" + mark));
    }

    private CommandLineRun letters(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("letters", "--school", settings.toString(), "--db", db,
                "--block", "1", "--out", dir.resolve("out-" + System.nanoTime()).toString()));
        args.addAll(List.of(more));
        return lategate(FRIDAY_25_SEP, args.toArray(String[]::new));
    }

    private static String letterOf(CommandLineRun run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        String file = run.out().lines().filter(l -> l.strip().endsWith("stage-1.txt")).findFirst().orElseThrow().strip();
        return Files.readString(Path.of(file));
    }

    @Test
    @DisplayName("templates in a letters folder beside the settings file (/etc/lategate/letters) are the ones used")
    void besideTheSettingsFile() throws Exception {
        templatesIn(etc.resolve("letters"), "OUR OWN WORDING");
        CommandLineRun run = letters();
        assertTrue(letterOf(run).contains("OUR OWN WORDING"));
        assertTrue(run.out().contains("from the templates in " + etc.resolve("letters")), run.out());
    }

    @Test
    @DisplayName("[letters] templates, relative to the settings file's folder, comes before the folder beside it")
    void namedInTheSettings() throws Exception {
        templatesIn(etc.resolve("letters"), "BESIDE");
        templatesIn(etc.resolve("wording"), "NAMED IN THE SETTINGS");
        Files.writeString(settings, Files.readString(settings) + "\n[letters]\ntemplates = \"wording\"\n");
        assertTrue(letterOf(letters()).contains("NAMED IN THE SETTINGS"));

        templatesIn(dir.resolve("given"), "GIVEN ON THE COMMAND LINE");
        assertTrue(letterOf(letters("--templates", dir.resolve("given").toString()))
                .contains("GIVEN ON THE COMMAND LINE"), "--templates still overrides");
    }

    @Test
    @DisplayName("[letters] templates naming a folder that is not there: a warning in config check, and letters refuses")
    void namedFolderMissing() throws Exception {
        Files.writeString(settings, Files.readString(settings) + "\n[letters]\ntemplates = \"nowhere\"\n");
        CommandLineRun check = lategate("config", "check", settings.toString());
        assertTrue(check.out().contains("the folder '" + etc.resolve("nowhere") + "' is not there")
                || check.err().contains("the folder '" + etc.resolve("nowhere") + "' is not there"), (check.out() + check.err()));
        CommandLineRun run = letters();
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("[letters] templates names " + etc.resolve("nowhere") + ", which is not a folder"),
                run.err());
    }

    @Test
    @DisplayName("an empty [letters] templates is an error with its file and line")
    void emptyFolderNameRefused() throws Exception {
        Files.writeString(settings, Files.readString(settings) + "\n[letters]\ntemplates = \"\"\n");
        CommandLineRun check = lategate("config", "check", settings.toString());
        assertEquals(1, check.exit(), (check.out() + check.err()));
        assertTrue((check.out() + check.err()).matches("(?s).*school\\.toml:\\d+: letters\\.templates: must not be empty.*"),
                check.out() + check.err());
    }

    @Test
    @DisplayName("with none beside the settings file, the shipped templates are used")
    void shippedOnes() throws Exception {
        CommandLineRun run = letters();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("from the templates in " + Path.of("config/letters").toAbsolutePath()), run.out());
    }
}
