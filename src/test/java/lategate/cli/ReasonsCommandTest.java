package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.store.Database;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collecting late reasons from the command line (docs/receptionist.md, "A queue at the gate"): a pupil
 * whose picker the next scan cut short was not asked; the office lists them and adds the reason the
 * pupil gives, recorded with who added it (the 2024 regulations: the register keeps who recorded what).
 */
class ReasonsCommandTest {

    /** Monday 23 November 2026, 10:00 school time (GMT). */
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private String school;
    private String db;

    @BeforeEach
    void aQueueThisMorning() throws Exception {
        CommandLineRun demo = lategate(MONDAY, "demo", "--data", dir.resolve("demo").toString(), "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        school = dir.resolve("demo/demo.toml").toString();
        db = dir.resolve("demo/demo.db").toString();
        // Three late pupils at the gate; the first two had their pickers cut short by the next scan.
        for (String badge : List.of("DEMO0001", "DEMO0002", "DEMO0003")) {
            CommandLineRun run = run("sign-in", "--badge", printed(badge), "--at", "2026-11-23T08:57:00");
            assertEquals(0, run.exit(), run.err());
        }
        try (Database database = Database.open(Path.of(db))) {
            SqliteRegisterLog log = new SqliteRegisterLog(database, ZoneId.of("Europe/London"));
            for (String pupil : List.of("D0001", "D0002")) {
                log.recordReasonNotAsked(arrival(pupil), Instant.parse("2026-11-23T08:57:01Z"), "pupil (badge scan)");
            }
            log.recordReason(arrival("D0003"), java.util.Optional.empty(), Instant.parse("2026-11-23T08:57:45Z"),
                    "pupil (badge scan)");
        }
    }

    private long arrival(String pupil) throws Exception {
        return count("SELECT id FROM arrivals WHERE pupil_id = '" + pupil + "' AND repeat_of IS NULL");
    }

    private CommandLineRun run(String... args) {
        return lategate(MONDAY, onTheDemo(args));
    }

    private String[] onTheDemo(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", school, "--db", db));
        return all.toArray(String[]::new);
    }

    @Test
    @DisplayName("reasons pending lists not asked and not given apart, in the order pupils came, as JSON and a table")
    void pendingListsBoth() throws Exception {
        CommandLineRun json = run("reasons", "pending", "--date", "2026-11-23", "--json");
        assertEquals(0, json.exit(), json.err());
        String compact = json.out().replaceAll("\\s+", "");
        assertTrue(compact.startsWith("{\"date\":\"2026-11-23\",\"count\":3,\"pupils\":[{\"pupil_id\":\"D0001\""),
                compact);
        assertEquals(List.of("not_asked", "not_asked", "not_given"), java.util.regex.Pattern
                .compile("\"reason_status\":\"(\\w+)\"").matcher(compact).results().map(m -> m.group(1)).toList());
        assertTrue(compact.contains("\"arrived_at\":\"08:57:00\""), compact);
        String table = run("reasons", "pending").out();
        assertTrue(table.contains("Reasons to collect on 2026-11-23 (3)"), table);
        assertTrue(table.lines().filter(l -> l.contains("not asked")).count() == 2, table);
    }

    @Test
    @DisplayName("reasons add needs the staff PIN, records who added it, and the export no longer says not asked")
    void addRecordsWho() throws Exception {
        CommandLineRun refused = withPins("0000\n", MONDAY, onTheDemo("reasons", "add", "--pupil", "D0001",
                "--register", "AM", "--reason", "transport", "--staff", "office"));
        assertEquals(1, refused.exit(), "a wrong PIN adds nothing");
        CommandLineRun added = withPins("1234\n", MONDAY, onTheDemo("reasons", "add", "--pupil", "D0001",
                "--register", "AM", "--reason", "transport", "--staff", "office"));
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("reason added: Bus, train or traffic"), added.out());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'transport' "
                + "AND recorded_by = 'Pat Reed (Receptionist)' AND recorded_at LIKE '2026-11-23T10:00:00%'"));
        assertTrue(run("reasons", "pending", "--json").out().replaceAll("\\s+", "").contains("\"count\":2,"));
        CommandLineRun again = withPins("1234\n", MONDAY, onTheDemo("reasons", "add", "--pupil", "D0001",
                "--register", "AM", "--reason", "overslept", "--staff", "office"));
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("has a reason already"), again.err());
        CommandLineRun unknown = withPins("1234\n", MONDAY, onTheDemo("reasons", "add", "--pupil", "D0002",
                "--register", "AM", "--reason", "aliens", "--staff", "office"));
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("'aliens' is not one of the school's reasons"), unknown.err());
    }

    @Test
    @DisplayName("the Late Book says 'not asked' (reason_status not_asked), apart from 'not given'")
    void bookAndExportSayNotAsked() {
        String book = run("book", "--date", "2026-11-23", "--csv").out();
        assertTrue(book.lines().filter(l -> l.contains("not asked") && l.contains("not_asked")).count() == 2, book);
        assertTrue(book.lines().filter(l -> l.contains("not_given")).count() == 1, book);
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }

    @Test
    @DisplayName("late-bus-mode start needs the staff PIN, refuses a time already past, and show says which bus runs until when")
    void lateBusModeFromTheCommandLine() {
        assertEquals("No late bus is running.", run("late-bus-mode", "show").out().strip());
        CommandLineRun past = withPins("1234\n", MONDAY, onTheDemo("late-bus-mode", "start", "--route", "route 42",
                "--until", "09:30", "--staff", "office"));
        assertEquals(1, past.exit(), "10:00 now: 09:30 has passed");
        assertTrue(past.err().contains("must end later today"), past.err());
        CommandLineRun started = withPins("1234\n", MONDAY, onTheDemo("late-bus-mode", "start", "--route", "route 42",
                "--until", "10:30", "--staff", "office"));
        assertEquals(0, started.exit(), started.err());
        assertTrue(started.out().startsWith("Late bus mode (route 42) until 10:30, declared by Pat Reed (Receptionist)"),
                started.out());
        assertEquals("Late bus mode (route 42) until 10:30, declared by Pat Reed (Receptionist) at 10:00",
                run("late-bus-mode", "show").out().strip());
    }
}
