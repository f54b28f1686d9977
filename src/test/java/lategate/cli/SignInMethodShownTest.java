package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.ScanOrigin;
import lategate.app.SignIn;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each arrival was made, four ways, through the command line on a real database: a badge scanned
 * and a code typed at the kiosk, a staff sign-in without a badge, and the office's {@code sign-in}. The
 * Late Book, the marks export and the daily summary say which (docs/receptionist.md, "How a sign-in was
 * made"; docs/contracts.md: fields are only ever added).
 */
class SignInMethodShownTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock AFTERNOON = CommandLineRun.MONDAY_AFTERNOON;
    private static final School SCHOOL = TestSchools.load("demo");

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void fourArrivals() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Ann,Scanned,5,5B,DEMO0001\nD0002,Ben,Typed,5,5B,DEMO0002\n"
                + "D0003,Cat,Staff,5,5B,DEMO0003\nD0004,Dan,Office,5,5B,DEMO0004\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate("roster", "import", "--school", DEMO, "--db", db, roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        // The kiosk's three ways, as the kiosk calls them, on the same file.
        try (Database database = Database.open(Path.of(db))) {
            SqlitePupils pupils = new SqlitePupils(database);
            SignIn signIn = TestBadges.signIn(SCHOOL, database, pupils, new SqliteRegisterLog(database, SCHOOL.zone()),
                    new SqliteMovements(database), AFTERNOON);
            ScanOrigin scanner = ScanOrigin.scanner("gate", "keyboard");
            ScanOrigin typed = ScanOrigin.scanner("gate", ScanOrigin.TYPED);
            signIn.scan(printed("DEMO0001"), Instant.parse("2026-11-23T08:55:00Z"), scanner, scanner.pupilRecorder(),
                    Optional.empty());
            signIn.scan(printed("DEMO0002"), Instant.parse("2026-11-23T08:56:00Z"), typed, typed.pupilRecorder(),
                    Optional.empty());
            signIn.withoutBadge(pupils.byId("D0003").orElseThrow(), Instant.parse("2026-11-23T08:57:00Z"), "reception",
                    "Jo Bloggs, Office Manager", Optional.empty());
        }
        CommandLineRun office = lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge",
                printed("DEMO0004"), "--at", "2026-11-23T08:58:00");
        assertEquals(0, office.exit(), office.err());
    }

    private static Map<String, String> column(String csv, String key, String column) throws Exception {
        Map<String, String> found = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            found.put(r.get(key), r.get(column));
        }
        return found;
    }

    @Test
    @DisplayName("book: each arrival says how it was made, in the table and in a sign_in column added at the end")
    void book() throws Exception {
        CommandLineRun csv = lategate(AFTERNOON, "book", "--school", DEMO, "--db", db, "--date", "2026-11-23", "--csv");
        assertEquals(0, csv.exit(), csv.err());
        String header = csv.out().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",changed_by,changed_at,sign_in"), "existing columns keep their places: " + header);
        assertEquals(Map.of("D0001", "scan", "D0002", "typed", "D0003", "staff", "D0004", "office"),
                column(csv.out(), "pupil_id", "sign_in"));
        assertEquals("pupil (code typed at the kiosk)", column(csv.out(), "pupil_id", "recorded_by").get("D0002"));

        CommandLineRun table = lategate(AFTERNOON, "book", "--school", DEMO, "--db", db, "--date", "2026-11-23");
        assertEquals(0, table.exit(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("Ben Typed") && l.contains("typed    pupil (code typed at "
                + "the kiosk)")), table.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Cat Staff") && l.contains("staff    Jo Bloggs")),
                table.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Dan Office") && l.contains("office   office")),
                table.out());
    }

    @Test
    @DisplayName("export marks: sign_in added after recorded_by, the existing columns as they were")
    void exportMarks() throws Exception {
        CommandLineRun csv = lategate(AFTERNOON, "export", "marks", "--school", DEMO, "--db", db, "--from",
                "2026-11-23", "--to", "2026-11-23", "--csv");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals("date,session,pupil_id,given_name,family_name,year,class,code,minutes_late,comment,original_code,"
                + "source,arrived_at,recorded_at,recorded_by,sign_in", csv.out().lines().findFirst().orElseThrow());
        assertEquals(Map.of("D0001", "scan", "D0002", "typed", "D0003", "staff", "D0004", "office"),
                column(csv.out(), "pupil_id", "sign_in"));
    }

    @Test
    @DisplayName("the daily summary: each register's first arrival carries sign_in")
    void dailySummary() throws Exception {
        CommandLineRun make = lategate(AFTERNOON, "summary", "make", "--school", DEMO, "--db", db, "--date",
                "2026-11-23");
        assertEquals(0, make.exit(), make.err());
        CommandLineRun show = lategate(AFTERNOON, "summary", "show", "--school", DEMO, "--db", db, "--date",
                "2026-11-23");
        assertEquals(0, show.exit(), show.err());
        for (String method : List.of("scan", "typed", "staff", "office")) {
            assertEquals(1, java.util.regex.Pattern.compile("\"sign_in\"\\s*:\\s*\"" + method + "\"")
                    .matcher(show.out()).results().count(), method + " in\n" + show.out());
        }
    }
}
