package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import lategate.DatabaseChecksum;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lategate purge} on a real database holding nine academic years of made-up records: on
 * 23 November 2026, with the default 6 years (PSA §H, KTS §4.1), everything of the academic years
 * 2018-19 and 2019-20 goes (dated before 1 September 2020), everything later stays.
 */
@Tag("attack")
class PurgeTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final LocalDate CUT_OFF = LocalDate.of(2020, 9, 1);
    /** Oct 10 of each academic year from 2018-19 to 2026-27 (the last is this term). */
    private static final List<Integer> YEARS = List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void nineYearsOfRecords() throws Exception {
        db = dir.resolve("demo.db");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Olive,Onroll,5,5B,DEMO0001\n"
                + "D0002,Lenny,Leftlongago,5,5B,DEMO0002\n"
                + "D0003,Rita,Leftrecently,5,5B,DEMO0003\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate("roster", "import", "--school", DEMO, "--db", db.toString(),
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\n"
                + "D0001,Anna Onroll,mother,yes,07700 900001\n"
                + "D0002,Bert Leftlongago,father,yes,07700 900002\n"
                + "D0003,Cara Leftrecently,mother,yes,07700 900003\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate("contacts", "import", "--school", DEMO, "--db", db.toString(),
                contacts.toString()).exit());
        assertEquals(0, withPins("2468\n", CommandLineRun.MONDAY_MORNING, "staff", "add", "--school", DEMO, "--db",
                db.toString(), "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role",
                "administrator").exit());
        try (Connection c = raw()) {
            execute(c, "UPDATE pupils SET left_on = '2020-07-22' WHERE pupil_id = 'D0002'");
            execute(c, "UPDATE pupils SET left_on = '2024-07-22' WHERE pupil_id = 'D0003'");
            execute(c, "INSERT INTO badge_issues VALUES ('D0002', 2, '2019-01-10T09:00:00.000000000Z', 'lost', 'office')");
            execute(c, "INSERT INTO badge_issues VALUES ('D0003', 2, '2019-01-10T09:00:00.000000000Z', 'lost', 'office')");
            for (int year : YEARS) {
                String day = year + "-10-10";
                String at = day + "T08:50:00.000000000Z";
                for (String pupil : List.of("D0001", "D0002", "D0003")) {
                    if (pupil.equals("D0002") && year >= 2020 || pupil.equals("D0003") && year >= 2024) {
                        continue; // a leaver has nothing after leaving
                    }
                    long mark = insert(c, "INSERT INTO arrivals (pupil_id, school_date, register, year_group, class_name, "
                            + "arrived_at, arrived_local, kiosk_id, mark, minutes_late, explanation, recorded_by, "
                            + "recorded_at) VALUES (?, ?, 'AM', '5', '5B', ?, ?, 'gate', 'L', 5, 'late', 'kiosk', ?)",
                            pupil, day, at, day + "T09:50:00", at);
                    insert(c, "INSERT INTO arrivals (pupil_id, school_date, register, year_group, class_name, arrived_at, "
                            + "arrived_local, kiosk_id, mark, minutes_late, explanation, recorded_by, recorded_at, "
                            + "repeat_of) VALUES (?, ?, 'AM', '5', '5B', ?, ?, 'gate', 'L', 6, 'late', 'kiosk', ?, ?)",
                            pupil, day, at, day + "T09:51:00", at, String.valueOf(mark));
                    insert(c, "INSERT INTO arrival_reasons (arrival_id, reason_key, reason_label, status, recorded_at, "
                            + "recorded_by) VALUES (?, 'traffic', 'Traffic', 'given', ?, 'kiosk')", String.valueOf(mark), at);
                    insert(c, "INSERT INTO unmarked_scans (scanned_at, code, kiosk_id, pupil_id, why) "
                            + "VALUES (?, 'X', 'gate', ?, 'closed day')", at, pupil);
                    insert(c, "INSERT INTO movements (pupil_id, kind, at, school_date, code, reason, collected_by, "
                            + "relationship, collector_listed, recorded_at, recorded_by, recorded_position) "
                            + "VALUES (?, 'out', ?, ?, 'M', 'dentist', 'A parent', 'mother', 1, ?, 'Sam Head', 'Head')",
                            pupil, at, day, at);
                    insert(c, "INSERT INTO amendments (pupil_id, school_date, register, original_code, amended_code, "
                            + "reason, amended_at, amended_by, position) VALUES (?, ?, 'AM', 'L', 'M', 'letter', ?, "
                            + "'Sam Head', 'Head')", pupil, day, at);
                    insert(c, "INSERT INTO stage_decisions (pupil_id, block, from_stage, proposed_stage, decided_stage, "
                            + "kind, decided_by, position, decided_at) VALUES (?, 2, 0, 1, 1, 'CONFIRMED', 'Sam Head', "
                            + "'Head', ?)", pupil, at);
                }
                long summary = insert(c, "INSERT INTO outbox (school_id, kiosk_id, school_date, version, made_at, "
                        + "content_digest, sha256, body) VALUES ('demo', 'gate', ?, 1, ?, 'd', ?, X'7B7D')",
                        day, at, "0".repeat(64));
                insert(c, "INSERT INTO outbox_deliveries (outbox_id, target, delivered_at) VALUES (?, '/media/usb', ?)",
                        String.valueOf(summary), at);
                insert(c, "INSERT INTO kiosk_faults (kiosk_id, school_date, at, what) VALUES ('gate', ?, ?, 'disk full')",
                        day, at);
            }
        }
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long insert(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private int count(String sql) throws Exception {
        return DatabaseChecksum.count(db, sql);
    }

    private CommandLineRun purge(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("purge", "--school", DEMO, "--db", db.toString()));
        args.addAll(List.of(more));
        return lategate(args.toArray(String[]::new));
    }

    /** A purge as a script runs it: --yes, an administrator, the PIN on standard input. */
    private CommandLineRun purgeNow() {
        return purgeAs("2468\n", "--yes");
    }

    @Test
    @DisplayName("a purge removes exactly what is dated before 1 September 2020 and keeps everything after")
    void removesExactlyTheOldYears() throws Exception {
        CommandLineRun run = purgeNow();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("everything made before 2020-09-01"), run.out());
        for (String dated : List.of("arrivals", "movements", "amendments", "outbox", "kiosk_faults")) {
            assertEquals(0, count("SELECT count(*) FROM " + dated + " WHERE school_date < '2020-09-01'"), dated);
        }
        assertEquals(0, count("SELECT count(*) FROM unmarked_scans WHERE scanned_at < '2020-09'"));
        assertEquals(0, count("SELECT count(*) FROM stage_decisions WHERE decided_at < '2020-09'"));
        // Kept: D0001 for 2020-2025 (6 years), D0003 for 2020-2023 (4): 10 marks, each with a repeat.
        assertEquals(20, count("SELECT count(*) FROM arrivals"));
        assertEquals(10, count("SELECT count(*) FROM arrival_reasons"));
        assertEquals(10, count("SELECT count(*) FROM movements"));
        assertEquals(10, count("SELECT count(*) FROM amendments"));
        assertEquals(10, count("SELECT count(*) FROM stage_decisions"));
        assertEquals(10, count("SELECT count(*) FROM unmarked_scans"));
        assertEquals(6, count("SELECT count(*) FROM outbox"));
        assertEquals(6, count("SELECT count(*) FROM outbox_deliveries"));
        assertEquals(6, count("SELECT count(*) FROM kiosk_faults"));
        assertEquals(0, count("SELECT count(*) FROM pupils WHERE pupil_id = 'D0002'"), "left in July 2020: gone");
        assertEquals(0, count("SELECT count(*) FROM contacts WHERE pupil_id = 'D0002'"));
        assertEquals(0, count("SELECT count(*) FROM badge_issues WHERE pupil_id = 'D0002'"));
        assertEquals(1, count("SELECT count(*) FROM pupils WHERE pupil_id = 'D0003'"), "left in 2024: kept");
        assertEquals(1, count("SELECT count(*) FROM contacts WHERE pupil_id = 'D0003'"));
        assertEquals(1, count("SELECT count(*) FROM badge_issues WHERE pupil_id = 'D0003'"));
        assertEquals(1, count("SELECT count(*) FROM pupils WHERE pupil_id = 'D0001'"));
    }

    @Test
    @DisplayName("held scans and the clock log go by the time staff settled, never by the questioned clock's own: "
            + "settled before the cut-off they go, waiting or settled since they stay")
    void heldScansAndTheClockLogGoByTheSettledTime() throws Exception {
        try (Connection c = raw()) {
            String old2002 = String.valueOf(count("SELECT min(id) FROM arrivals WHERE pupil_id = 'D0002' "
                    + "AND school_date < '2020-09-01' AND repeat_of IS NULL"));
            String old2001 = String.valueOf(count("SELECT min(id) FROM arrivals WHERE pupil_id = 'D0001' "
                    + "AND school_date < '2020-09-01' AND repeat_of IS NULL"));
            String recent = String.valueOf(count("SELECT max(id) FROM arrivals WHERE pupil_id = 'D0001' "
                    + "AND repeat_of IS NULL"));
            // Settled in 2019, with an arrival of that year: past retention.
            held(c, "D0002", "2019-10-10T08:50:00Z", "2019-10-10T08:50:00Z", old2002);
            // The clock said 2031; staff set it back to 2019: past retention, by the settled time.
            held(c, "D0001", "2031-01-01T00:00:00Z", "2019-10-10T08:50:00Z", old2001);
            // The clock said 1970; settled in 2025: kept with its settlement.
            held(c, "D0001", "1970-01-01T00:00:00Z", "2025-10-10T08:50:00Z", recent);
            // Classified at what the clock said (1970), but settled by staff in 2025: kept.
            held(c, "D0001", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z", null, "2025-10-10T09:00:00Z");
            // The clock said 2000 and nobody has settled it yet: kept, it has no date.
            held(c, "D0001", "2000-01-01T00:00:00Z", null, null);

            clockEvent(c, "'questioned', '1970-01-01T00:00:00Z', 'r', 'w', NULL, NULL");
            clockEvent(c, "'corrected', '1970-01-01T00:01:00Z', NULL, NULL, 'Sam Head', '2019-10-10T08:51:00Z'");
            clockEvent(c, "'questioned', '2031-01-01T00:00:00Z', 'r', 'w', NULL, NULL");
            clockEvent(c, "'corrected', '2031-01-01T00:01:00Z', NULL, NULL, 'Sam Head', '2025-03-10T08:51:00Z'");
            clockEvent(c, "'questioned', '2000-01-01T00:00:00Z', 'r', 'w', NULL, NULL");
            // Staff have since confirmed the clock (a clock still in question refuses the purge).
            clockEvent(c, "'confirmed', '2026-11-23T09:00:00Z', NULL, NULL, 'Sam Head', NULL");
        }
        CommandLineRun run = purgeNow();
        assertEquals(0, run.exit(), run.err());
        assertEquals(0, count("SELECT count(*) FROM arrivals WHERE school_date < '2020-09-01'"));
        assertEquals(3, count("SELECT count(*) FROM held_scans"), "the two 1970 ones settled in 2025, and the waiting one");
        assertEquals(1, count("SELECT count(*) FROM held_scans h JOIN held_scan_settlements s ON s.held_scan_id = h.id "
                + "WHERE h.held_at LIKE '1970-%' AND s.classified_at LIKE '2025-%'"), "kept with its settlement");
        assertEquals(1, count("SELECT count(*) FROM held_scans h WHERE h.held_at LIKE '2000-%' AND NOT EXISTS "
                + "(SELECT 1 FROM held_scan_settlements s WHERE s.held_scan_id = h.id)"), "still waiting");
        assertEquals(2, count("SELECT count(*) FROM held_scan_settlements"));
        assertEquals(4, count("SELECT count(*) FROM clock_events"), "from the 2031 doubt on");
        assertEquals(1, count("SELECT count(*) FROM clock_events WHERE corrected_to LIKE '2025-%'"));
        assertEquals(0, count("SELECT count(*) FROM pupils WHERE pupil_id = 'D0002'"), "left in July 2020: gone");
        try (Connection c = raw()) {
            assertThrows(SQLException.class, () -> execute(c, "DELETE FROM held_scans"), "refused outside a purge");
            assertThrows(SQLException.class, () -> execute(c, "DELETE FROM clock_events"), "refused outside a purge");
        }
    }

    private static void held(Connection c, String pupil, String heldAt, String classifiedAt, String arrival)
            throws SQLException {
        held(c, pupil, heldAt, classifiedAt, arrival, classifiedAt);
    }

    private static void held(Connection c, String pupil, String heldAt, String classifiedAt, String arrival,
                             String settledAt) throws SQLException {
        long id = insert(c, "INSERT INTO held_scans (pupil_id, code, held_at, kiosk_id, recorded_by, doubt) "
                + "VALUES (?, 'CODE', ?, 'gate', 'kiosk', 'doubt')", pupil, heldAt);
        if (classifiedAt != null) {
            insert(c, "INSERT INTO held_scan_settlements (held_scan_id, classified_at, arrival_id, outcome, settled_by, "
                    + "settled_at) VALUES (?, ?, ?, 'L', 'Sam Head', ?)", String.valueOf(id), classifiedAt, arrival,
                    settledAt);
        }
    }

    private static void clockEvent(Connection c, String values) throws SQLException {
        execute(c, "INSERT INTO clock_events (kiosk_id, kind, kiosk_time, rule, why, by_name, corrected_to) VALUES "
                + "('gate', " + values + ")");
    }

    @Test
    @DisplayName("a leaver long gone who has a scan held since the cut-off is kept, and the purge still runs")
    void leaverWithARecentHeldScanIsKept() throws Exception {
        try (Connection c = raw()) {
            execute(c, "INSERT INTO held_scans (pupil_id, code, held_at, kiosk_id, recorded_by, doubt) VALUES "
                    + "('D0002', 'DEMO0002R', '2021-10-10T08:50:00.000000000Z', 'gate', 'kiosk', 'clock set back')");
        }
        CommandLineRun run = purgeNow();
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, count("SELECT count(*) FROM pupils WHERE pupil_id = 'D0002'"), "held scan keeps the leaver");
        assertEquals(0, count("SELECT count(*) FROM arrivals WHERE school_date < '2020-09-01'"));
    }

    @Test
    @DisplayName("a purge is recorded in the purge log with when, who, the cut-off and counts, and no pupil's name")
    void recordsThePurge() throws Exception {
        CommandLineRun run = purgeNow();
        assertEquals(0, run.exit(), run.err());
        try (Connection c = raw(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT purged_at, purged_by, retention_years, cut_off, counts FROM purges")) {
            assertTrue(r.next(), "one purge logged");
            assertEquals("2026-11-23T09:30:00.000000000Z", r.getString(1));
            assertEquals("Sam Head, Headteacher", r.getString(2));
            assertEquals(6, r.getInt(3));
            assertEquals("2020-09-01", r.getString(4));
            String counts = r.getString(5);
            assertTrue(counts.contains("\"arrivals\": 6") && counts.contains("\"repeat_scans\": 6")
                    && counts.contains("\"pupils\": 1") && counts.contains("\"outbox\": 2"), counts);
            assertFalse(r.next());
        }
        for (String name : List.of("Olive", "Lenny", "Rita", "Leftlongago", "D0002")) {
            assertFalse(run.out().contains(name) || run.err().contains(name), name + " in " + run.out());
        }
        assertEquals(0, count("SELECT count(*) FROM purge_in_progress"), "the guard never outlives the purge");
    }

    @Test
    @DisplayName("a dry run prints the counts a purge would make and changes nothing")
    void dryRunChangesNothing() throws Exception {
        String before = DatabaseChecksum.of(db);
        CommandLineRun dry = purge("--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertEquals(before, DatabaseChecksum.of(db));
        assertTrue(dry.out().contains("dry run"), dry.out());
        assertTrue(dry.out().matches("(?s).*arrivals +6\\n.*"), dry.out());
        CommandLineRun real = purgeNow();
        assertEquals(dry.out().lines().filter(l -> l.startsWith("  ")).toList(),
                real.out().substring(real.out().indexOf("Removed:")).lines().filter(l -> l.startsWith("  ")).toList(),
                "the same counts");
    }

    @Test
    @DisplayName("a purge that fails midway leaves every row as it was, and logs nothing")
    void failureMidwayChangesNothing() throws Exception {
        try (Connection c = raw()) {
            // kiosk faults go after arrivals, movements and the outbox: a failure there is midway
            execute(c, "CREATE TRIGGER test_disk_gone BEFORE DELETE ON kiosk_faults "
                    + "BEGIN SELECT RAISE(ABORT, 'disk I/O error (made by the test)'); END");
        }
        String before = DatabaseChecksum.of(db);
        CommandLineRun run = purgeNow();
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("disk I/O error"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(before, DatabaseChecksum.of(db));
    }

    @Test
    @DisplayName("after a purge an ordinary DELETE of the register is still refused")
    void ordinaryDeletesStillRefused() throws Exception {
        assertEquals(0, purgeNow().exit());
        try (Connection c = raw()) {
            for (String table : List.of("arrivals", "arrival_reasons", "unmarked_scans", "movements", "amendments",
                    "stage_decisions", "outbox", "outbox_deliveries", "kiosk_faults", "badge_issues", "pupils",
                    "purges")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(c, "DELETE FROM " + table),
                        table);
                assertTrue(refused.getMessage().contains("cannot") || refused.getMessage().contains("never"),
                        refused.getMessage());
            }
        }
    }

    @Test
    @DisplayName("a clock far ahead (2040, later than the calendar's year end plus the retention) is refused, "
            + "with nothing removed")
    void clockFarAheadRefused() throws Exception {
        java.time.Clock in2040 = java.time.Clock.fixed(java.time.Instant.parse("2040-03-01T09:30:00Z"),
                java.time.ZoneId.of("Europe/London"));
        String before = DatabaseChecksum.of(db);
        for (List<String> more : List.of(List.of("--yes"), List.of("--dry-run"))) {
            List<String> args = new java.util.ArrayList<>(List.of("purge", "--school", DEMO, "--db", db.toString(),
                    "--staff", "head"));
            args.addAll(more);
            CommandLineRun run = withPins("2468\n", in2040, args.toArray(String[]::new));
            assertEquals(1, run.exit(), more + ": " + run.out() + run.err());
            assertTrue(run.err().contains("2040-03-01") && run.err().contains("year end"), run.err());
            assertTrue(run.err().contains("nothing was removed"), run.err());
        }
        assertEquals(before, DatabaseChecksum.of(db));
        assertEquals(32, count("SELECT count(*) FROM arrivals"));
    }

    @Test
    @DisplayName("a clock set back behind the latest record, or one a kiosk has questioned and staff have not "
            + "settled, is refused with nothing removed")
    void questionedClockRefused() throws Exception {
        try (Connection c = raw()) {
            execute(c, "UPDATE clock_high_water SET latest_at = '2026-12-01T09:00:00.000000000Z' WHERE id = 1");
            execute(c, "INSERT OR IGNORE INTO clock_high_water (id, latest_at) "
                    + "VALUES (1, '2026-12-01T09:00:00.000000000Z')");
        }
        String before = DatabaseChecksum.of(db);
        CommandLineRun setBack = purgeAs("2468\n", "--yes");
        assertEquals(1, setBack.exit(), setBack.out() + setBack.err());
        assertTrue(setBack.err().contains("earlier than the latest record"), setBack.err());
        assertEquals(before, DatabaseChecksum.of(db));

        try (Connection c = raw()) {
            // Staff set the clock right, then a kiosk questioned it again and nobody has settled it.
            clockEvent(c, "'corrected', '2026-12-01T09:00:00Z', NULL, NULL, 'Sam Head', "
                    + "'2026-11-23T09:00:00.000000000Z'");
            execute(c, "UPDATE clock_high_water SET latest_at = '2026-11-23T09:00:00.000000000Z' WHERE id = 1");
            clockEvent(c, "'questioned', '2026-11-23T09:10:00Z', 'jumped while running', 'the clock jumped', "
                    + "NULL, NULL");
        }
        String questionedBefore = DatabaseChecksum.of(db);
        CommandLineRun questioned = purgeAs("2468\n", "--yes");
        assertEquals(1, questioned.exit(), questioned.out() + questioned.err());
        assertTrue(questioned.err().contains("gate") && questioned.err().contains("the clock jumped"),
                questioned.err());
        assertEquals(questionedBefore, DatabaseChecksum.of(db));
        assertEquals(32, count("SELECT count(*) FROM arrivals"));
    }

    @Test
    @DisplayName("a purge shows the cut-off and what it will remove, table by table, before it removes it")
    void showsWhatItWillRemove() throws Exception {
        CommandLineRun run = purgeAs("2468\n", "--yes");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        int listing = out.indexOf("Will remove");
        int removed = out.indexOf("Removed:");
        assertTrue(listing >= 0 && removed > listing, out);
        assertTrue(out.substring(0, listing).contains("everything made before 2020-09-01"), out);
        assertTrue(out.substring(listing, removed).matches("(?s).*arrivals +6\\n.*"), out);
    }

    @Test
    @DisplayName("a wrong PIN is refused with nothing removed, and no terminal without --yes is a usage error")
    void wrongPinRefused() throws Exception {
        String before = DatabaseChecksum.of(db);
        CommandLineRun wrong = purgeAs("9999\n", "--yes");
        assertEquals(1, wrong.exit(), wrong.out() + wrong.err());
        assertTrue(wrong.err().contains("not recognised"), wrong.err());
        CommandLineRun unasked = purgeAs("2468\n");
        assertEquals(2, unasked.exit(), unasked.out() + unasked.err());
        assertTrue(unasked.err().contains("--yes"), unasked.err());
        CommandLineRun nobody = purge("--yes");
        assertEquals(2, nobody.exit(), nobody.out() + nobody.err());
        assertTrue(nobody.err().contains("--staff"), nobody.err());
        assertEquals(0, count("SELECT count(*) FROM purges"));
        assertEquals(32, count("SELECT count(*) FROM arrivals"));
    }

    private CommandLineRun purgeAs(String pins, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("purge", "--school", DEMO, "--db", db.toString(),
                "--staff", "head"));
        args.addAll(List.of(more));
        return withPins(pins, CommandLineRun.MONDAY_MORNING, args.toArray(String[]::new));
    }

    @Test
    @DisplayName("a receptionist cannot purge")
    void onlyAnAdministrator() throws Exception {
        assertEquals(0, withPins("2468\n1357\n", CommandLineRun.MONDAY_MORNING, "staff", "add", "--school", DEMO,
                "--db", db.toString(), "--as", "head", "--username", "pat", "--name", "Pat Reed", "--position",
                "Receptionist", "--role", "receptionist").exit());
        CommandLineRun run = withPins("1357\n", CommandLineRun.MONDAY_MORNING, "purge", "--school", DEMO, "--db",
                db.toString(), "--staff", "pat", "--yes");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Pat Reed is a receptionist: only an administrator may purge the register"),
                run.err());
        assertEquals(32, count("SELECT count(*) FROM arrivals"), "refused with nothing removed");
        assertEquals(0, count("SELECT count(*) FROM purges"));
    }
}
