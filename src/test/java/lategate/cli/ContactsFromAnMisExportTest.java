package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contacts file as an MIS exports it (a byte-order mark, Windows line ends, accents and apostrophes,
 * Telephone/Mobile/Work Phone columns, numbers with labels, parental responsibility and do not release),
 * imported through the command line into a real SQLite file and read back; and a sign-out refused to
 * an adult marked do not release. Sources: "Keeping children safe in education" (more than one
 * emergency contact number for each pupil; Oak Meadow §14, PSA §G, KTS §3.6); the DfE's
 * "Understanding and dealing with issues relating to parental responsibility" (every parent treated
 * alike unless a court order limits one: do not release); Seagrave §12.2 ("collected from the school
 * office by the parent or another authorised adult ... No pupil will be allowed to leave the school
 * site without parental confirmation"); docs/contracts.md, "Contacts CSV".
 */
class ContactsFromAnMisExportTest {

    private static final String SEAGRAVE = "config/schools/seagrave.toml";
    private static final Clock AFTERNOON = CommandLineRun.MONDAY_AFTERNOON;
    private static final String MIS_HEADER = "Pupil ID,Name,Relationship,May Collect,Telephone,Mobile,Work Phone,"
            + "Parental Responsibility,Do Not Release To";

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("school.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Oscar,Begum,5,5B,DEMO0001\nD0002,Lily,O'Brien,5,5B,DEMO0002\n", StandardCharsets.UTF_8);
        CommandLineRun rostered = lategate("roster", "import", "--school", SEAGRAVE, "--db", db, roster.toString());
        assertEquals(0, rostered.exit(), rostered.err());
    }

    private CommandLineRun contactsImport(String fileName, String... lines) throws Exception {
        Path file = dir.resolve(fileName);
        // Excel's "CSV UTF-8": a byte-order mark, and each line ended with CR LF
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return lategate("contacts", "import", "--school", SEAGRAVE, "--db", db, file.toString());
    }

    private CommandLineRun importTheFamilies() throws Exception {
        return contactsImport("contacts.csv", MIS_HEADER,
                "D0001,Pat Begum,mother,Yes,,07700900125 (mobile),01632 960 001,Yes,",
                "D0001,Siobhán O'Brien,Gran,Yes,\"+44 7700 900126; 01632 960002 (home)\",,,No,No",
                "D0001,Tom Begum,father,,,,,Yes,Yes",
                "D0002,Siobhán O'Brien,Gran,Yes,,07700 900126,,,");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }

    private void addReceptionist() {
        assertEquals(0, withPins("2468\n", AFTERNOON, "staff", "add", "--school", SEAGRAVE, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role",
                "administrator").exit());
        CommandLineRun pat = withPins("2468\n1357\n", AFTERNOON, "staff", "add", "--school", SEAGRAVE, "--db", db,
                "--as", "head", "--username", "pat", "--name", "Pat Reed", "--position", "Receptionist",
                "--role", "receptionist");
        assertEquals(0, pat.exit(), pat.err());
    }

    private CommandLineRun signOutOscar(String... more) {
        List<String> args = new ArrayList<>(List.of("sign-out", "--pupil", "D0001", "--code", "C", "--reason",
                "family visit"));
        args.addAll(List.of(more));
        args.addAll(List.of("--school", SEAGRAVE, "--db", db, "--staff", "pat"));
        return withPins("1357\n", AFTERNOON, args.toArray(String[]::new));
    }

    @Test
    @DisplayName("an MIS-shaped file with a BOM, CRLF, accents and apostrophes is imported whole, and contacts list "
            + "shows every phone with its label, parental responsibility and do not release")
    void importedAndReadBack() throws Exception {
        CommandLineRun imported = importTheFamilies();
        assertEquals(0, imported.exit(), imported.err());
        assertEquals("Imported contacts.csv: 4 adults for 2 pupils, 3 of whom may collect; it replaces the 0 listed "
                + "before.\n1 adult is marked do not release: sign-out refuses them and shows the warning in full.\n",
                imported.out());
        CommandLineRun oscar = lategate("contacts", "list", "--school", SEAGRAVE, "--db", db, "--pupil", "D0001");
        assertEquals("""
                D0001 Oscar Begum (5B):
                  Pat Begum (mother): may collect; parental responsibility; phones 07700900125 (mobile), \
                01632 960 001 (work)
                  Siobhán O'Brien (Gran): may collect; no parental responsibility; phones +44 7700 900126, \
                01632 960002 (home)
                  Tom Begum (father): DO NOT RELEASE: never to be given the pupil; parental responsibility; no phone
                """, oscar.out());
        assertEquals("""
                D0002 Lily O'Brien (5B):
                  Siobhán O'Brien (Gran): may collect; phone 07700 900126 (mobile)
                """, lategate("contacts", "list", "--school", SEAGRAVE, "--db", db, "--pupil", "D0002").out());
        assertEquals(5, count("SELECT count(*) FROM contact_phones"));
        assertEquals(1, count("SELECT count(*) FROM contacts WHERE name = 'Tom Begum' AND do_not_release = 1 "
                + "AND may_collect = 0 AND parental_responsibility = 1"));
        assertEquals(1, count("SELECT count(*) FROM contacts WHERE name = 'Pat Begum' AND phone = '07700900125'"),
                "contacts.phone keeps the number rung first");
    }

    @Test
    @DisplayName("a later file with a bad phone is refused with its line and value, every other problem listed, "
            + "and nothing already recorded is lost")
    void badPhoneRefusesTheFileAndKeepsTheContacts() throws Exception {
        assertEquals(0, importTheFamilies().exit());
        CommandLineRun bad = contactsImport("new.csv", MIS_HEADER,
                "D0001,Pat Begum,mother,Yes,,07700 9OO125 (mobile),,Yes,",
                "D0001,Tom Begum,father,Yes,07700 900002,,,Yes,Yes",
                "D0002,Siobhán O'Brien,Gran,,,07700 900126,,,",
                "D0009,Ann Khan,aunt,No,,,,,");
        assertEquals(1, bad.exit(), bad.out());
        assertEquals(("new.csv:2: mobile '07700 9OO125 (mobile)' may only hold digits, spaces and + ( ) -, with a "
                + "label in brackets after the number, e.g. 07700 900125 (mobile)\n"
                + "new.csv:3: may_collect is yes but do_not_release is yes: the pupil is never released to this "
                + "adult, so they cannot collect; check which is right and write may_collect no\n"
                + "new.csv:4: may_collect is blank: write yes or no, as whether an adult may collect a pupil must be "
                + "said, never assumed\n"
                + "new.csv:5: pupil_id 'D0009' is not on the roster: check the id, or import a roster with the pupil "
                + "first\n"
                + "lategate: 4 problems in %s; nothing was imported\n").formatted(dir.resolve("new.csv")), bad.err());
        assertEquals(4, count("SELECT count(*) FROM contacts"), "the families' contacts are as they were");
        assertEquals(5, count("SELECT count(*) FROM contact_phones"));
        assertEquals(1, count("SELECT count(*) FROM contact_imports"));
    }

    @Test
    @DisplayName("sign-out to an adult marked do not release is refused through the command line, even with a "
            + "listed parent's confirmation, and nothing is recorded; the Gran typed without accent or apostrophe "
            + "collects")
    void doNotReleaseRefusedAtSignOut() throws Exception {
        assertEquals(0, importTheFamilies().exit());
        addReceptionist();
        for (String[] attempt : List.of(new String[] {"--collected-by", "Tom Begum"},
                new String[] {"--collected-by", "tom begum", "--relationship", "father", "--confirmed-by",
                        "Pat Begum"})) {
            CommandLineRun refused = signOutOscar(attempt);
            assertEquals(1, refused.exit(), refused.out());
            assertTrue(refused.err().contains("DO NOT RELEASE to Tom Begum (father): NEVER to be given the pupil (a "
                    + "court order or safeguarding instruction): keep the pupil in school and tell the designated "
                    + "safeguarding lead now for pupil D0001"), refused.err());
            assertTrue(refused.err().contains("nothing was recorded"), refused.err());
            assertEquals(0, count("SELECT count(*) FROM movements"));
        }
        CommandLineRun confirmer = signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "Tom Begum");
        assertEquals(1, confirmer.exit(), confirmer.out());
        assertTrue(confirmer.err().contains("Tom Begum (father) is listed for pupil D0001 as do not release"),
                confirmer.err());
        CommandLineRun gran = signOutOscar("--collected-by", "siobhan obrien");
        assertEquals(0, gran.exit(), gran.err());
        assertTrue(gran.out().contains("collected by Siobhán O'Brien (Gran)"), gran.out());
    }
}
