package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's day through the command line: roster in, pupils sign in, the Late Book out. */
class RosterSignInAndBookTest {

    @TempDir
    Path dir;
    private Path db;
    private static final String PSA = "config/schools/psa.toml";

    @BeforeEach
    void importRoster() throws Exception {
        db = dir.resolve("psa.db");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                pupil_id,given_name,family_name,year,class,badge,send,fsm
                P1,Zoë,O'Neill,9,9R,PSA001,no,yes
                P2,Siobhán,Nguyễn,10,10K,PSA002,yes,no
                P3,Oliver,Smith,11,11T,PSA003,,
                """, StandardCharsets.UTF_8);
        CommandLineRun run = lategate("roster", "import", "--school", PSA, "--db", db.toString(), roster.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("3 pupils (3 new"), run.out());
    }

    @Test
    @DisplayName("a bad roster is refused with every error listed and the database unchanged")
    void badRosterChangesNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                pupil_id,given_name,family_name,year,class,badge,send
                P1,Zoë,O'Neill,9,9R,PSA001,no
                P2,,Nguyễn,10,10K,PSA009,no
                P4,Isla,Khan,9,9R,PSA001,no
                P5,Ava,Patel,9,9R,PSA005,perhaps
                """, StandardCharsets.UTF_8);
        CommandLineRun run = lategate("roster", "import", "--school", PSA, "--db", db.toString(), bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.csv:3: given_name is blank"), run.err());
        assertTrue(run.err().contains("bad.csv:4: badge 'PSA001' is already used on line 2"), run.err());
        assertTrue(run.err().contains("bad.csv:5: send must be yes or no, not 'perhaps'"), run.err());
        assertTrue(run.err().contains("3 problems in " + bad + "; nothing was imported"), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT count(*), sum(left_on IS NULL), (SELECT count(*) FROM roster_imports) FROM pupils")) {
            assertEquals(3, r.getInt(1), "no pupil added");
            assertEquals(3, r.getInt(2), "nobody made a leaver");
            assertEquals(1, r.getInt(3), "only the first import is logged");
        }
    }

    @Test
    @DisplayName("sign-in then book: the arrival is in the Late Book with its mark, minutes, reason and consequence")
    void signInThenBook() throws Exception {
        CommandLineRun late = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge", printed("PSA001"),
                "--at", "2026-11-23T08:12:30", "--reason", "transport", "--kiosk-id", "gate");
        assertEquals(0, late.exit(), late.err());
        assertTrue(late.out().contains("You are 12 minutes late."), late.out());

        CommandLineRun afterClose = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge",
                printed("PSA002"), "--at", "2026-11-23T08:40:00", "--json");
        assertEquals(0, afterClose.exit(), afterClose.err());
        Map<String, Object> json = ExplainCommandTest.parse(afterClose.out());
        assertEquals("marked", json.get("outcome"));
        assertEquals("U", json.get("mark"));
        assertEquals(40L, json.get("minutes_late"));
        assertEquals("Lunchtime detention today", json.get("consequence"));

        CommandLineRun onTime = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge",
                printed("PSA003"), "--at", "2026-11-23T07:55:00");
        assertTrue(onTime.out().contains("You're on time: go straight to class."), onTime.out());

        CommandLineRun again = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge",
                printed("PSA001"), "--at", "2026-11-23T08:20:00");
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("Already signed in at 08:12."), again.out());

        CommandLineRun book = lategate("book", "--school", PSA, "--db", db.toString(), "--date", "2026-11-23", "--csv");
        assertEquals(0, book.exit(), book.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(book.out())).getRecords();
        assertEquals(2, rows.size(), "on-time arrivals are not in the Late Book; the repeat is not a second line");
        CSVRecord zoe = rows.get(0);
        assertEquals("08:12:30", zoe.get("time"));
        assertEquals("Zoë", zoe.get("given_name"));
        assertEquals("O'Neill", zoe.get("family_name"));
        assertEquals("L", zoe.get("mark"));
        assertEquals("12", zoe.get("minutes_late"));
        assertEquals("Bus, car or traffic", zoe.get("reason"));
        assertEquals("gate", zoe.get("kiosk"));
        assertEquals("1", zoe.get("repeat_scans"));
        CSVRecord siobhan = rows.get(1);
        assertEquals("Siobhán", siobhan.get("given_name"));
        assertEquals("Nguyễn", siobhan.get("family_name"));
        assertEquals("U", siobhan.get("mark"));
        assertEquals("Lunchtime detention today", siobhan.get("consequence"));

        CommandLineRun table = lategate("book", "--school", PSA, "--db", db.toString(), "--date", "2026-11-23");
        assertTrue(table.out().contains("2 late arrivals: 1 L, 1 U."), table.out());
    }

    @Test
    @DisplayName("an unknown badge is refused: exit 1, the pupil is sent to the office, nothing marked")
    void unknownBadge() {
        CommandLineRun run = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge",
                printed("NOPE"), "--at", "2026-11-23T08:20:00"); // well formed, but no pupil holds it
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("Badge not recognised: please see the office."), run.out());
        assertTrue(run.err().contains("no pupil on roll has badge NOPE"), run.err());
    }

    @Test
    @DisplayName("an unknown reason is refused before anything is recorded")
    void unknownReason() {
        CommandLineRun run = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge", printed("PSA001"),
                "--at", "2026-11-23T08:20:00", "--reason", "aliens");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("--reason 'aliens' is not one of PSA's reasons"), run.err());
        CommandLineRun book = lategate("book", "--school", PSA, "--db", db.toString(), "--date", "2026-11-23", "--csv");
        assertEquals(1, book.out().lines().count(), "only the header: " + book.out());
    }

    @Test
    @DisplayName("a pupil's own cut-off, added by command, changes what explain and sign-in say (Seagrave §8)")
    void cutOffThroughTheCommandLine() throws Exception {
        CommandLineRun add = lategate("cutoff", "add", "--school", PSA, "--db", db.toString(), "--pupil", "P2",
                "--register", "AM", "--closes", "08:45", "--from", "2026-11-16", "--reason", "LA transport",
                "--by", "A Lead, Attendance Lead");
        assertEquals(0, add.exit(), add.err());
        Map<String, Object> json = ExplainCommandTest.parse(lategate("explain", "--school", PSA, "--db", db.toString(),
                "--pupil", "P2", "--at", "2026-11-23T08:40:00", "--json").out());
        assertEquals("L", json.get("mark"));
        assertEquals(40L, json.get("minutes_late"));

        CommandLineRun refused = lategate("cutoff", "add", "--school", PSA, "--db", db.toString(), "--pupil", "P2",
                "--register", "AM", "--closes", "08:10", "--from", "2026-11-16", "--reason", "x", "--by", "y");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("is earlier than the morning register's own close at 08:15: an earlier close for one "
                + "pupil is allowed only where the school's settings say [cutoffs] earlier_allowed = true"), refused.err());
    }

    @Test
    @DisplayName("config check names file, line and key on a broken profile and exits 1")
    void configCheckOnBrokenFile() throws Exception {
        Path broken = dir.resolve("psa.toml");
        Files.writeString(broken, Files.readString(Path.of(PSA)).replace("closes = \"08:15\"", "closes = \"07:30\""));
        CommandLineRun run = lategate("config", "check", broken.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().matches("(?s).*psa\\.toml:\\d+: registers\\.am\\.closes: the morning register closes at "
                + "07:30, before it is taken at 08:00.*"), run.err());
    }
}
