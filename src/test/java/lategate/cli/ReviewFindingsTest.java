package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case here is a defect found by trying the command line as a new user would; each test
 * fails on the code before its fix. The register is a legal record (Oak Meadow §7, PSA §H, KTS
 * §4.1): nothing wrong may enter it, and nothing given may be silently lost.
 */
class ReviewFindingsTest {

    @TempDir
    Path dir;
    private Path db;
    private static final String DEMO = "config/schools/demo.toml";

    @BeforeEach
    void roster() throws Exception {
        db = dir.resolve("demo.db");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", DEMO, "--db", db.toString(), roster.toString()).exit());
    }

    private CommandLineRun signIn(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sign-in", "--school", DEMO, "--db", db.toString()));
        args.addAll(List.of(more));
        return lategate(args.toArray(String[]::new));
    }

    @Test
    @DisplayName("an arrival in the future is refused and nothing is recorded (the real scan would be lost to it)")
    void futureArrivalRefused() throws Exception {
        CommandLineRun run = signIn("--badge", printed("DEMO0001"), "--at", "2027-07-01T09:00:00");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is in the future"), run.err());
        assertEquals(0, count("SELECT count(*) FROM arrivals"));
    }

    @Test
    @DisplayName("an arrival earlier than the mark already held is kept but never changes the mark: that is an amendment")
    void backDatedArrivalDoesNotChangeTheMark() throws Exception {
        assertEquals(0, signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:20:00").exit());
        CommandLineRun run = signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T08:50:00");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("must be recorded as an amendment"), run.err());
        assertEquals(2, count("SELECT count(*) FROM arrivals"), "the scan is kept");
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL AND mark = 'U'"),
                "the mark is still the 09:20 U");
    }

    @Test
    @DisplayName("a reason given with a repeat scan is added to the late mark, not dropped")
    void reasonOnRepeatIsAdded() throws Exception {
        signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:00:00");
        CommandLineRun run = signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:01:00", "--reason",
                "medical");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("added to the mark"), run.out());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE status = 'claimed'"));
    }

    @Test
    @DisplayName("a reason with an on-time arrival is not recorded, and the command says so")
    void reasonOnTimeIsReported() {
        CommandLineRun run = signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T08:40:00", "--reason",
                "transport");
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("--reason was not recorded: the pupil was on time"), run.err());
    }

    @Test
    @DisplayName("a scan on a closed day marks nothing but is kept in the scan log with the pupil")
    void closedDayScanIsLogged() throws Exception {
        CommandLineRun run = signIn("--badge", printed("DEMO0002"), "--at", "2026-11-21T09:00:00");
        assertEquals(1, run.exit());
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE pupil_id = 'D2'"));
    }

    @Test
    @DisplayName("a mistyped --db is refused and no empty database is made beside the real one")
    void missingDatabaseIsNotCreated() {
        Path typo = dir.resolve("nothere/typo.db");
        CommandLineRun book = lategate("book", "--school", DEMO, "--db", typo.toString(), "--date", "2026-11-23");
        assertEquals(1, book.exit());
        assertTrue(book.err().contains("there is no lategate database at"), book.err());
        assertFalse(Files.exists(typo.getParent()));
        CommandLineRun explain = lategate("explain", "--school", DEMO, "--db", typo.toString(), "--pupil", "D1",
                "--at", "2026-11-23T09:00:00");
        assertEquals(1, explain.exit());
        assertFalse(Files.exists(typo.getParent()));
    }

    @Test
    @DisplayName("another program's SQLite file is refused and left untouched")
    void foreignDatabaseRefused() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            c.createStatement().executeUpdate("CREATE TABLE photos (id INTEGER)");
        }
        Path roster = dir.resolve("roster.csv");
        CommandLineRun run = lategate("roster", "import", "--school", DEMO, "--db", foreign.toString(), roster.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not a lategate database"), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            assertEquals(1, r.getInt(1));
        }
    }

    @Test
    @DisplayName("every sign-in --json outcome has the same fields, and arrived_at keeps its seconds")
    void jsonHasOneShape() throws Exception {
        Set<String> expected = Set.of("outcome", "pupil_id", "given_name", "class", "mark", "register", "minutes_late",
                "arrived_at", "reason", "reason_status", "consequence", "message", "explanation", "arrival_id");
        Map<String, Object> marked = ExplainCommandTest.parse(signIn("--badge", printed("DEMO0001"), "--at",
                "2026-11-23T09:00:00", "--json").out());
        assertEquals(expected, marked.keySet());
        assertEquals("2026-11-23T09:00:00Z", marked.get("arrived_at"));
        assertEquals(expected, ExplainCommandTest.parse(signIn("--badge", printed("DEMO0001"), "--at",
                "2026-11-23T09:05:00", "--json").out()).keySet());
        assertEquals(expected, ExplainCommandTest.parse(signIn("--badge", printed("NOPE"), "--at",
                "2026-11-23T09:05:00", "--json").out()).keySet());
        assertEquals(expected, ExplainCommandTest.parse(signIn("--badge", printed("DEMO0002"), "--at",
                "2026-11-21T09:05:00", "--json").out()).keySet());
    }

    @Test
    @DisplayName("a blank --by or --kiosk-id is refused: the record must say who and where")
    void blankWhoIsRefused() throws Exception {
        assertEquals(1, signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:00:00", "--by", " ").exit());
        assertEquals(1, signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:00:00", "--kiosk-id", "")
                .exit());
        assertEquals(0, count("SELECT count(*) FROM arrivals"));
    }

    @Test
    @DisplayName("--db without --pupil on explain is a usage error: exit 2")
    void explainHalfAPair() {
        assertEquals(2, lategate("explain", "--school", DEMO, "--db", db.toString(), "--at", "2026-11-23T09:00").exit());
    }

    @Test
    @DisplayName("a pupil's cut-off can be ended once, and then no longer applies")
    void cutOffCanBeEnded() throws Exception {
        assertEquals(0, lategate("cutoff", "add", "--school", DEMO, "--db", db.toString(), "--pupil", "D1",
                "--register", "AM", "--closes", "09:30", "--from", "2026-11-16", "--reason", "LA taxi",
                "--by", "A Lead, Attendance Lead").exit());
        assertTrue(lategate("cutoff", "list", "--school", DEMO, "--db", db.toString(), "--pupil", "D1").out()
                .contains("cut-off 1: AM closes 09:30 from 2026-11-16 on: LA taxi"));
        CommandLineRun end = lategate("cutoff", "end", "--school", DEMO, "--db", db.toString(), "--pupil", "D1",
                "--id", "1", "--last-day", "2026-11-20", "--by", "A Lead, Attendance Lead");
        assertEquals(0, end.exit(), end.err());
        Map<String, Object> json = ExplainCommandTest.parse(lategate("explain", "--school", DEMO, "--db",
                db.toString(), "--pupil", "D1", "--at", "2026-11-23T09:20:00", "--json").out());
        assertEquals("U", json.get("mark"), "the ended cut-off no longer applies");
        CommandLineRun again = lategate("cutoff", "end", "--school", DEMO, "--db", db.toString(), "--pupil", "D1",
                "--id", "1", "--last-day", "2026-12-20", "--by", "Someone");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already ended"), again.err());
    }

    @Test
    @DisplayName("a pupil who moves class keeps the class they were in on the day in the Late Book")
    void lateBookKeepsTheClassOfTheDay() throws Exception {
        signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:00:00");
        Path moved = dir.resolve("moved.csv");
        Files.writeString(moved, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,5,5C,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n", StandardCharsets.UTF_8);
        lategate("roster", "import", "--school", DEMO, "--db", db.toString(), moved.toString());
        String book = lategate("book", "--school", DEMO, "--db", db.toString(), "--date", "2026-11-23", "--csv").out();
        assertTrue(book.contains(",Amelia,Jones,4,4B,"), book);
    }

    @Test
    @DisplayName("bench store with a folder that does not exist says so, with no stack trace")
    void benchBadFolder() {
        CommandLineRun run = lategate("bench", "store", "--count", "100", "--dir", dir.resolve("nope").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is not a folder"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }

    @Test
    @DisplayName("a name that looks like a spreadsheet formula is written to the Late Book CSV as text")
    void formulaInANameIsDefused() throws Exception {
        Path roster = dir.resolve("formula.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,\"=HYPERLINK(\"\"http://x\"\")\",Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", DEMO, "--db", db.toString(), roster.toString()).exit());
        signIn("--badge", printed("DEMO0001"), "--at", "2026-11-23T09:00:00");
        String book = lategate("book", "--school", DEMO, "--db", db.toString(), "--date", "2026-11-23", "--csv").out();
        assertTrue(book.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",Jones,"), book);
    }
}
