package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.Movement;
import lategate.store.Database;
import lategate.store.SqliteMovements;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters at both ends of the command line: refused when typed or imported, with the
 * field (and file:line) named, and shown as visible escapes when already stored.
 */
@Tag("attack")
class HostileTextOutputTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final String CLEAR = "\u001b[2J";

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nD0001,Ann,Lee,5,5B,DEMO0001\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", DEMO, "--db", db, roster.toString()).exit());
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\nD0001,Sarah Jones,mother,yes,07700 900123\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate("contacts", "import", "--school", DEMO, "--db", db, contacts.toString()).exit());
        assertEquals(0, withPins("2468\n", CommandLineRun.MONDAY_AFTERNOON, "staff", "add", "--school", DEMO, "--db",
                db, "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role",
                "administrator").exit());
    }

    @Test
    @DisplayName("a stored sign-out reason holding ESC [2J is printed by off-site as ␛[2J, never raw")
    void offSiteShowsStoredEscapes() {
        try (Database database = Database.open(Path.of(db))) {
            new SqliteMovements(database).record(new Movement.SignedOut("D0001",
                    Instant.parse("2026-11-23T13:50:00Z"), AttendanceCode.fromCode("M").orElseThrow(),
                    "dentist" + CLEAR, new Collection("Sarah\u009b Jones", "mother", true, Optional.empty()), true,
                    Optional.empty()), LocalDate.of(2026, 11, 23), new StaffIdentity("Sam Head", "Headteacher"),
                    Instant.parse("2026-11-23T13:50:00Z"));
        }
        CommandLineRun offSite = lategate(CommandLineRun.MONDAY_AFTERNOON, "off-site", "--school", DEMO, "--db", db);
        assertEquals(0, offSite.exit(), offSite.err());
        assertTrue(offSite.out().contains("dentist\u241b[2J"), offSite.out());
        assertFalse(offSite.out().contains("\u001b") || offSite.out().contains("\u009b"), offSite.out());
    }

    @Test
    @DisplayName("a sign-out reason holding ESC is refused, naming the reason; nothing is recorded")
    void signOutReasonRefused() {
        CommandLineRun out = withPins("2468\n", CommandLineRun.MONDAY_AFTERNOON, "sign-out", "--school", DEMO,
                "--db", db, "--staff", "head", "--pupil", "D0001", "--code", "M", "--reason", "dentist" + CLEAR,
                "--collected-by", "Sarah Jones", "--at", "2026-11-23T13:50:00");
        assertEquals(1, out.exit(), out.err());
        assertTrue(out.err().contains("the reason holds a control character (ESC, U+001B)"), out.err());
        assertFalse(out.err().contains("\u001b"), out.err());
    }

    @Test
    @DisplayName("a staff name holding ESC[31m is refused, naming the name")
    void staffNameRefused() {
        CommandLineRun out = withPins("2468\n1357\n", CommandLineRun.MONDAY_AFTERNOON, "staff", "add", "--school",
                DEMO, "--db", db, "--as", "head", "--username", "mal", "--name", "Mal\u001b[31m", "--position",
                "Office", "--role", "receptionist");
        assertEquals(1, out.exit(), out.err());
        assertTrue(out.err().contains("the name holds a control character (ESC, U+001B)"), out.err());
    }

    @Test
    @DisplayName("a roster cell holding ESC is refused with the file, the line and the column")
    void rosterCellRefused() throws Exception {
        Path roster = dir.resolve("roster2.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nD0001,Ann,Lee,5,5B,DEMO0001\n"
                + "D0002,Bo\u001b[2J,Lee,5,5B,DEMO0002\n", StandardCharsets.UTF_8);
        CommandLineRun out = lategate("roster", "import", "--school", DEMO, "--db", db, roster.toString());
        assertEquals(1, out.exit(), out.err());
        assertTrue(out.err().contains("roster2.csv:3") && out.err().contains("given_name holds a control character"),
                out.err());
    }

    @Test
    @DisplayName("a school name holding \\u001b in the settings is refused at its line")
    void settingsRefused() throws Exception {
        Path settings = dir.resolve("demo.toml");
        String text = Files.readString(Path.of(DEMO), StandardCharsets.UTF_8)
                .replaceFirst("name = \"([^\"]*)\"", "name = \"$1\\\\u001b[2J\"");
        Files.writeString(settings, text, StandardCharsets.UTF_8);
        CommandLineRun out = lategate("config", "check", settings.toString());
        assertEquals(1, out.exit(), out.out() + out.err());
        assertTrue((out.out() + out.err()).contains("holds a control character (ESC, U+001B)"), out.out() + out.err());
    }
}
