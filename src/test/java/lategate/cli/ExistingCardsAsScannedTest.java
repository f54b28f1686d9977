package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school whose pupils already carry ID cards (an admission number as a barcode) or catering
 * cards (an NFC reader that types the card's number): with [badges] printed = "as-is" their codes
 * are taken exactly as scanned, with no check character; the guards that remain are an exact match
 * and a minimum length, and a roster whose codes could read alike is refused (docs/settings.md,
 * "[badges]"; docs/receptionist.md, "Existing cards"). Through the command line, on a real database.
 */
class ExistingCardsAsScannedTest {

    @TempDir
    Path dir;
    private Path school;
    private Path db;

    @BeforeEach
    void asIsSchool() throws Exception {
        school = dir.resolve("psa.toml");
        Files.writeString(school, Files.readString(Path.of("config/schools/psa.toml"))
                + "\n[badges]\nprinted = \"as-is\"\nmin_length = 6\n", StandardCharsets.UTF_8);
        db = dir.resolve("psa.db");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                pupil_id,given_name,family_name,year,class,badge,badge_2
                P1,Zoë,O'Neill,9,9R,A01234,
                P2,Siobhán,Nguyễn,10,10K,04A1B2C3,FOB77001
                P3,Oliver,Smith,11,11T,A01235,
                """, StandardCharsets.UTF_8);
        CommandLineRun run = lategate("roster", "import", "--school", school.toString(), "--db", db.toString(),
                roster.toString());
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun check(String code) {
        return lategate("badges", "check", "--school", school.toString(), "--db", db.toString(), code);
    }

    @Test
    @DisplayName("badges check: an admission number's barcode is its pupil's, and says \"as-is: exact match\"")
    void checkSaysAsIs() {
        CommandLineRun run = check("A01234");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Zoë O'Neill (P1, 9R): as-is: exact match of badge A01234."), run.out());
    }

    @Test
    @DisplayName("badges check: an NFC UID in lower case, in decimal, and the pupil's fob (badge_2) are all P2's")
    void nfcAndFob() {
        CommandLineRun lower = check("04a1b2c3");
        assertEquals(0, lower.exit(), lower.err());
        assertTrue(lower.out().contains("(P2, 10K): as-is: exact match of badge 04A1B2C3."), lower.out());
        CommandLineRun decimal = check("77705923");
        assertEquals(0, decimal.exit(), decimal.err());
        assertTrue(decimal.out().contains("(P2, 10K): as-is: exact match of badge 04A1B2C3 (the same card number)."),
                decimal.out());
        CommandLineRun fob = check("fob77001");
        assertEquals(0, fob.exit(), fob.err());
        assertTrue(fob.out().contains("(P2, 10K): as-is: exact match of badge_2 FOB77001."), fob.out());
    }

    @Test
    @DisplayName("badges check: a short scan is refused as misread, an unknown code as unknown, a check character is no help")
    void shortAndUnknownRefused() {
        CommandLineRun shortScan = check("A0123");
        assertEquals(1, shortScan.exit());
        assertTrue(shortScan.err().contains("refused (misread)") && shortScan.err().contains("min_length 6"),
                shortScan.err());
        CommandLineRun unknown = check("A01236");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("refused (unknown)") && unknown.err().contains("as-is: exact match"),
                unknown.err());
        CommandLineRun typedO = lategate("badges", "check", "--school", school.toString(), "--db", db.toString(),
                "--typed", "AO1234");
        assertEquals(1, typedO.exit(), "no O-for-0 reading of an existing card's code: " + typedO.out());
    }

    @Test
    @DisplayName("sign-in with an NFC reader's lower-case hex marks the pupil")
    void signInWithLowerCaseUid() throws Exception {
        CommandLineRun run = lategate("sign-in", "--school", school.toString(), "--db", db.toString(), "--badge",
                "04a1b2c3", "--at", "2026-11-23T08:12:30", "--json");
        assertEquals(0, run.exit(), run.err());
        Map<String, Object> json = ExplainCommandTest.parse(run.out());
        assertEquals("marked", json.get("outcome"));
        assertEquals("P2", json.get("pupil_id"));
    }

    @Test
    @DisplayName("a school with lategate's own codes: a badge_2 is read like the badge, with its check character")
    void secondCodeWithLategateCodes() throws Exception {
        Path roster = dir.resolve("lategate.csv");
        Files.writeString(roster, """
                pupil_id,given_name,family_name,year,class,badge,badge_2
                P1,Zoë,O'Neill,9,9R,PSA001,PSA901
                P2,Siobhán,Nguyễn,10,10K,PSA002,
                """, StandardCharsets.UTF_8);
        Path lategateDb = dir.resolve("lategate.db");
        CommandLineRun imported = lategate("roster", "import", "--school", "config/schools/psa.toml", "--db",
                lategateDb.toString(), roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        CommandLineRun fob = lategate("sign-in", "--school", "config/schools/psa.toml", "--db", lategateDb.toString(),
                "--badge", lategate.TestBadges.printed("PSA901"), "--at", "2026-11-23T08:12:30", "--json");
        assertEquals(0, fob.exit(), fob.err());
        assertEquals("P1", ExplainCommandTest.parse(fob.out()).get("pupil_id"));
        CommandLineRun bare = lategate("badges", "check", "--school", "config/schools/psa.toml", "--db",
                lategateDb.toString(), "PSA901");
        assertEquals(1, bare.exit(), "without its check character a lategate code is refused: " + bare.out());
    }

    @Test
    @DisplayName("roster import refuses, with their lines, a code under min_length, a fob that is another pupil's card, and a card that reads as another's code")
    void rosterRefusesCodesThatReadAlike() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                pupil_id,given_name,family_name,year,class,badge,badge_2
                P1,Zoë,O'Neill,9,9R,A01234,
                P2,Siobhán,Nguyễn,10,10K,04A1B2C3,A01234
                P3,Oliver,Smith,11,11T,A012,
                """, StandardCharsets.UTF_8);
        CommandLineRun run = lategate("roster", "import", "--school", school.toString(), "--db", db.toString(),
                bad.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("bad.csv:3: badge_2 'A01234' is already used on line 2"), run.err());

        Files.writeString(bad, """
                pupil_id,given_name,family_name,year,class,badge,badge_2
                P1,Zoë,O'Neill,9,9R,12345678,
                P2,Siobhán,Nguyễn,10,10K,00BC614E,
                P3,Oliver,Smith,11,11T,A012,
                """, StandardCharsets.UTF_8);
        run = lategate("roster", "import", "--school", school.toString(), "--db", db.toString(), bad.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("bad.csv:3: badge '00BC614E' (as-is): read by a card reader as '12345678', it "
                + "would also match pupil P1"), run.err());
        assertTrue(run.err().contains("bad.csv:4: badge 'A012' (as-is): 4 characters, shorter than [badges] "
                + "min_length (6)"), run.err());
        assertTrue(run.err().contains("nothing was imported"), run.err());

        Files.writeString(bad, """
                pupil_id,given_name,family_name,year,class,badge,badge_2
                P1,Zoë,O'Neill,9,9R,A01234,F0B1
                """, StandardCharsets.UTF_8);
        run = lategate("roster", "import", "--school", school.toString(), "--db", db.toString(), bad.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("bad.csv:2: badge_2 'F0B1' (as-is): 4 characters"), run.err());
        assertEquals(0, check("A01234").exit(), "the first roster stands");
    }
}
