package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lategate.DatabaseChecksum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that names a pupil takes their id, or a name only one pupil has; a name several
 * pupils have lists them for staff to give the id, and changes nothing. On a real database.
 */
class NamingAPupilTest {

    @TempDir
    Path dir;
    private Path db;
    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock AFTERNOON = CommandLineRun.MONDAY_AFTERNOON;
    private static final String ROSTER = "pupil_id,given_name,family_name,year,class,badge\n"
            + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\nD3,Oliver,Brown,3,3B,DEMO0003\n"
            + "D4,Oliver,Jones,4,4B,DEMO0004\nD5,Zoë,Nguyễn,5,5A,DEMO0005\n"
            // An id that is another pupil's given name: typed exactly, it is the id.
            + "Amelia,Zed,Zephyr,6,6A,DEMO0006\n";

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db");
        roster(ROSTER);
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\n"
                + "D2,Ann Smith,mother,yes,07700 900456\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate("contacts", "import", "--school", DEMO, "--db", db.toString(), contacts.toString())
                .exit());
        assertEquals(0, withPins("2468\n", AFTERNOON, "staff", "add", "--school", DEMO, "--db", db.toString(),
                "--username", "head", "--name", "Sam Head", "--position", "Head of School", "--role", "administrator")
                .exit());
    }

    private void roster(String csv) throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(AFTERNOON, "roster", "import", "--school", DEMO, "--db", db.toString(),
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
    }

    /** Runs a command on this school's database as the head, whose PIN is given whether or not it is asked for. */
    private CommandLineRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", DEMO, "--db", db.toString()));
        return withPins("2468\n", AFTERNOON, all.toArray(String[]::new));
    }

    /** Every command that names a pupil, with {@code PUPIL} where the pupil goes. */
    static Stream<List<String>> commandsNamingAPupil() {
        return Stream.of(
                List.of("sign-out", "--pupil", "PUPIL", "--code", "M", "--reason", "dentist", "--collected-by",
                        "Ann Smith", "--staff", "head"),
                List.of("return", "--pupil", "PUPIL", "--staff", "head"),
                List.of("amend", "pupil", "--pupil", "PUPIL", "--date", "2026-11-23", "--register", "AM", "--code",
                        "M", "--reason", "dentist", "--staff", "head"),
                List.of("audit", "--pupil", "PUPIL"),
                List.of("cutoff", "add", "--pupil", "PUPIL", "--register", "AM", "--closes", "09:20", "--from",
                        "2026-11-23", "--reason", "LA taxi", "--by", "Sam Head, Head of School"),
                List.of("cutoff", "list", "--pupil", "PUPIL"),
                List.of("cutoff", "end", "--pupil", "PUPIL", "--id", "1", "--last-day", "2026-12-18", "--by",
                        "Sam Head, Head of School"),
                List.of("lunch", "pass-add", "--pupil", "PUPIL", "--from", "2026-11-23", "--reason", "asked",
                        "--staff", "head"),
                List.of("lunch", "out", "--pupil", "PUPIL", "--collected-by", "Ann Smith", "--staff", "head"),
                List.of("lunch", "in", "--pupil", "PUPIL", "--staff", "head"),
                List.of("badges", "--pupil", "PUPIL", "--png", "BADGES"),
                List.of("badges", "reissue", "--pupil", "PUPIL", "--reason", "lost", "--staff", "head"),
                List.of("report", "pupil", "PUPIL"),
                List.of("export", "pupil", "PUPIL", "--out", "SAR"),
                List.of("explain", "--at", "2026-11-23T09:10:00", "--pupil", "PUPIL"),
                List.of("contacts", "list", "--pupil", "PUPIL"),
                List.of("stages", "confirm", "--block", "1", "--pupil", "PUPIL", "--staff", "head"),
                List.of("stages", "override", "--block", "1", "--pupil", "PUPIL", "--stage", "1", "--because",
                        "agreed", "--staff", "head"));
    }

    private String[] naming(List<String> command, String pupil) {
        return command.stream().map(a -> switch (a) {
            case "PUPIL" -> pupil;
            case "BADGES", "SAR" -> dir.resolve(a.toLowerCase()).toString();
            default -> a;
        }).toArray(String[]::new);
    }

    /** Runs the command naming {@code pupil}, which must be refused with nothing changed or written; its errors. */
    private String refused(List<String> command, String pupil) throws Exception {
        String before = DatabaseChecksum.of(db);
        CommandLineRun run = run(naming(command, pupil));
        assertEquals(1, run.exit(), run.out());
        assertEquals(before, DatabaseChecksum.of(db), "nothing changed");
        assertFalse(Files.exists(dir.resolve("badges")) || Files.exists(dir.resolve("sar")), "nothing written");
        return run.err();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsNamingAPupil")
    @DisplayName("a name three pupils have lists them, id, name, year and class, and changes nothing")
    void severalMatch(List<String> command) throws Exception {
        String err = refused(command, "oliver");
        assertTrue(err.contains("lategate: 3 pupils match 'oliver': give the pupil id:"), err);
        List<String> listed = err.lines().filter(l -> l.startsWith("  D")).toList();
        assertEquals(3, listed.size(), err);
        assertTrue(listed.get(0).matches("  D3 +Oliver Brown +year 3 +3B"), listed.get(0));
        assertTrue(listed.get(1).matches("  D4 +Oliver Jones +year 4 +4B"), listed.get(1));
        assertTrue(listed.get(2).matches("  D2 +Oliver Smith +year 5 +5A"), listed.get(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsNamingAPupil")
    @DisplayName("a name nobody has, or part of a name, is refused, saying so, and changes nothing")
    void noneMatch(List<String> command) throws Exception {
        String err = refused(command, "Oli");
        assertTrue(err.contains("no pupil with id or name 'Oli'"), err);
    }

    @Test
    @DisplayName("a name one pupil has is that pupil, in any case and without accents; what was done says who")
    void oneMatches() {
        CommandLineRun out = run("sign-out", "--pupil", "oliver smith", "--code", "M", "--reason", "dentist",
                "--collected-by", "Ann Smith", "--at", "2026-11-23T13:50:00", "--staff", "head");
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().startsWith("Signed out D2 (Oliver Smith) at 13:50 (M)"), out.out());
        CommandLineRun back = run("return", "--pupil", "SMITH", "--staff", "head");
        assertEquals(0, back.exit(), back.err());
        assertTrue(back.out().startsWith("Signed D2 (Oliver Smith) back in at 14:30"), back.out());

        CommandLineRun report = run("report", "pupil", "zoe nguyen");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().startsWith("Zoë Nguyễn (D5), year 5, class 5A"), report.out());
        assertTrue(run("audit", "--pupil", "Brown").out().contains("No amendments for D3 (Oliver Brown)."));
    }

    @Test
    @DisplayName("an id typed exactly wins over a name another pupil has")
    void idWins() {
        assertTrue(run("contacts", "list", "--pupil", "Amelia").out().startsWith("Amelia Zed Zephyr (6A):"));
        assertTrue(run("contacts", "list", "--pupil", "amelia").out().startsWith("D1 Amelia Jones (4B):"));
    }

    @Test
    @DisplayName("a leaver of the same name is no doubt for today's business, but is listed for their records")
    void leavers() throws Exception {
        roster(ROSTER.replace("D4,Oliver,Jones,4,4B,DEMO0004\n", ""));
        CommandLineRun lunch = run("lunch", "pass-add", "--pupil", "oliver", "--from", "2026-11-23", "--reason",
                "asked", "--staff", "head");
        assertEquals(1, lunch.exit());
        assertTrue(lunch.err().contains("2 pupils match 'oliver'"), lunch.err());
        CommandLineRun audit = run("audit", "--pupil", "oliver");
        assertEquals(1, audit.exit());
        assertTrue(audit.err().contains("3 pupils match 'oliver'"), audit.err());
        assertTrue(audit.err().lines().anyMatch(l -> l.matches("  D4 +Oliver Jones .*left on 2026-11-23")),
                audit.err());
        CommandLineRun export = run("export", "pupil", "Oliver Jones", "--out", dir.resolve("sar").toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().startsWith("Wrote everything held about D4 "), export.out());
        CommandLineRun signOut = run("sign-out", "--pupil", "Oliver Jones", "--code", "M", "--reason", "dentist",
                "--collected-by", "Ann Smith", "--staff", "head");
        assertEquals(1, signOut.exit());
        assertTrue(signOut.err().contains("no pupil with id or name 'Oliver Jones' on roll"), signOut.err());
    }
}
