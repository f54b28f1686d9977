package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office imports the families' contacts and looks up who may collect a pupil. */
class ContactsCommandTest {

    private static final String SEAGRAVE = "config/schools/seagrave.toml";
    private static final String HEADER = "pupil_id,name,relationship,may_collect,phone\n";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void importRoster() throws Exception {
        db = dir.resolve("seagrave.db");
        CommandLineRun run = roster("""
                pupil_id,given_name,family_name,year,class,badge
                P1,Amelia,O'Neill,4,4B,S001
                P2,Oliver,Nguyễn,5,5A,S002
                P3,Isla,Khan,6,6C,S003
                """);
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun roster(String text) throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, text, StandardCharsets.UTF_8);
        return lategate("roster", "import", "--school", SEAGRAVE, "--db", db.toString(), roster.toString());
    }

    private CommandLineRun contactsImport(String fileName, String text) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return lategate("contacts", "import", "--school", SEAGRAVE, "--db", db.toString(), file.toString());
    }

    private CommandLineRun list(String pupilId) {
        return lategate("contacts", "list", "--school", SEAGRAVE, "--db", db.toString(), "--pupil", pupilId);
    }

    private int count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            return r.getInt(1);
        }
    }

    @Test
    @DisplayName("a contacts file with several errors gives every message at its line and changes nothing")
    void badFileChangesNothing() throws Exception {
        assertEquals(0, contactsImport("contacts.csv", HEADER + "P1,Zoë O'Neill,mother,yes,07700 900123\n").exit());
        CommandLineRun run = contactsImport("bad.csv", HEADER + """
                P1,Seán O'Neill,father,,07700 900124
                P2,Lan Nguyễn,grandmother,yes,
                P7,Ann Khan,aunt,no,
                P3,Ali Khan,father,yes,0161 496
                """);
        assertEquals(1, run.exit());
        assertEquals("""
                bad.csv:2: may_collect is blank: write yes or no, as whether an adult may collect a pupil must be \
                said, never assumed
                bad.csv:3: phone is blank, but Lan Nguyễn may collect: the school must be able to phone an adult who \
                collects a pupil
                bad.csv:4: pupil_id 'P7' is not on the roster: check the id, or import a roster with the pupil first
                bad.csv:5: phone '0161 496' has 7 digits: a full number, with its area code, has at least 10
                lategate: 4 problems in %s; nothing was imported
                """.formatted(dir.resolve("bad.csv")), run.err());
        assertEquals("", run.out());
        assertEquals(1, count("contacts"), "the first import's contact is still there");
        assertEquals(1, count("contact_imports"), "only the first import is logged");
    }

    @Test
    @DisplayName("a good import then a re-import replaces each pupil's list, and list shows it")
    void reimportReplaces() throws Exception {
        CommandLineRun first = contactsImport("contacts.csv", "\uFEFF" + HEADER + """
                P1,Zoë O'Neill,mother,yes,07700 900123
                P1,Seán O'Neill,father,no,
                P2,"Nguyễn, Thị Lan",grandmother,y,+44 (0)161 496 0000
                """);
        assertEquals(0, first.exit(), first.err());
        assertEquals("Imported contacts.csv: 3 adults for 2 pupils, 2 of whom may collect; it replaces the 0 "
                + "listed before.\n1 pupil on roll has nobody who may collect them.\n", first.out());
        assertEquals("""
                P1 Amelia O'Neill (4B):
                  Zoë O'Neill (mother): may collect; phone 07700 900123
                  Seán O'Neill (father): may NOT collect; no phone
                """, list("P1").out());
        assertEquals("""
                P2 Oliver Nguyễn (5A):
                  Nguyễn, Thị Lan (grandmother): may collect; phone +44 (0)161 496 0000
                """, list("P2").out());

        CommandLineRun second = contactsImport("contacts.csv", HEADER + "P1,Seán O'Neill,father,yes,07700 900124\n");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("1 adult for 1 pupil, 1 of whom may collect; it replaces the 3 listed "
                + "before."), second.out());
        assertEquals("""
                P1 Amelia O'Neill (4B):
                  Seán O'Neill (father): may collect; phone 07700 900124
                """, list("P1").out());
        assertEquals("""
                P2 Oliver Nguyễn (5A):
                  no adults listed: nobody may collect this pupil until a contacts import lists someone.
                """, list("P2").out());
        assertEquals(2, count("contact_imports"));
    }

    @Test
    @DisplayName("contacts for an unknown pupil and for a leaver are refused at their lines")
    void unknownAndLeaverRefused() throws Exception {
        assertEquals(0, roster("""
                pupil_id,given_name,family_name,year,class,badge
                P1,Amelia,O'Neill,4,4B,S001
                P2,Oliver,Nguyễn,5,5A,S002
                """).exit(), "P3 leaves");
        CommandLineRun run = contactsImport("contacts.csv", HEADER + """
                P1,Zoë O'Neill,mother,yes,07700 900123
                P3,Ali Khan,father,yes,07700 900125
                p1,Ann Khan,aunt,no,
                """);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("contacts.csv:3: pupil_id 'P3' is a leaver: contacts are kept only for pupils "
                + "on roll"), run.err());
        assertTrue(run.err().contains("contacts.csv:4: pupil_id 'p1' is not on the roster"), run.err());
        assertEquals(0, count("contacts"));
    }

    @Test
    @DisplayName("contacts need the database the roster import made: a missing one is bad input, not created")
    void missingDatabaseRefused() throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, HEADER + "P1,Zoë O'Neill,mother,yes,07700 900123\n");
        Path elsewhere = dir.resolve("nowhere.db");
        CommandLineRun run = lategate("contacts", "import", "--school", SEAGRAVE, "--db", elsewhere.toString(),
                file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("there is no lategate database at " + elsewhere), run.err());
        assertTrue(Files.notExists(elsewhere));
    }

    @Test
    @DisplayName("listing a pupil nobody has is bad input naming the id")
    void listUnknownPupil() {
        CommandLineRun run = list("P9");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no pupil with id or name 'P9'"), run.err());
    }

    @Test
    @DisplayName("contacts list without --pupil is a usage error")
    void listWithoutPupilIsUsageError() {
        assertEquals(2, lategate("contacts", "list", "--school", SEAGRAVE, "--db", db.toString()).exit());
    }
}
