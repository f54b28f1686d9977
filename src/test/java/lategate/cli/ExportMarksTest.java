package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lategate export marks}: the register entries lategate holds, one row per pupil per
 * session per day, for the office to import into the school's MIS (Oak Meadow §7: "The school
 * uses SIMS ... to keep attendance registers"). Every test works on a real SQLite file made
 * through the command line, as the office would make it.
 */
class ExportMarksTest {

    private static final String DEMO = "config/schools/demo.toml";
    /** 14:30 on Monday 23 November 2026, school time (GMT): both registers have been taken. */
    private static final Clock AFTERNOON = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"),
            ZoneId.of("Europe/London"));
    /** 12:00 the same day: the afternoon register (13:15) has not been taken yet. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        StringBuilder roster = new StringBuilder("pupil_id,given_name,family_name,year,class,badge\n");
        for (int i = 1; i <= 20; i++) {
            roster.append(String.format("D%04d,Pupil,Number%d,5,5B,DEMO%04d%n", i, i, i));
        }
        Path rosterFile = dir.resolve("roster.csv");
        Files.writeString(rosterFile, roster.toString(), StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", DEMO, "--db", db, rosterFile.toString()).exit());
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\n"
                + "D0001,Sarah Jones,mother,yes,07700 900123\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate("contacts", "import", "--school", DEMO, "--db", db, contacts.toString()).exit());
        assertEquals(0, withPins("2468\n", AFTERNOON, "staff", "add", "--school", DEMO, "--db", db, "--username",
                "head", "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator").exit());
        CommandLineRun pat = withPins("2468\n1357\n", AFTERNOON, "staff", "add", "--school", DEMO, "--db", db,
                "--as", "head", "--username", "pat", "--name", "Pat Reed", "--position", "Receptionist",
                "--role", "receptionist");
        assertEquals(0, pat.exit(), pat.err());
    }

    private CommandLineRun asPat(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", DEMO, "--db", db, "--staff", "pat"));
        return withPins("1357\n", AFTERNOON, all.toArray(String[]::new));
    }

    /** Signs in the pupil whose roster code is {@code badge}, by the printed code on their badge. */
    private void signIn(String badge, String at, String... more) {
        List<String> args = new ArrayList<>(List.of("sign-in", "--school", DEMO, "--db", db, "--badge",
                printed(badge), "--at", at));
        args.addAll(List.of(more));
        CommandLineRun run = lategate(AFTERNOON, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun export(Clock clock, String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "marks", "--school", DEMO, "--db", db, "--from", from,
                "--to", to));
        args.addAll(List.of(more));
        return lategate(clock, args.toArray(String[]::new));
    }

    /** The export as CSV records, read back with a CSV parser as a MIS import would read it. */
    private List<CSVRecord> csv(Clock clock, String from, String to) throws Exception {
        CommandLineRun run = export(clock, from, to, "--csv");
        assertEquals(0, run.exit(), run.err());
        try (CSVParser parser = CSVParser.parse(new StringReader(run.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    @DisplayName("a U amended to M exports M, with the original U and the amendment's reason "
            + "(Oak Meadow §7, PSA §H, KTS §4.1; Seagrave §8)")
    void amendedUExportsMWithTheOriginal() throws Exception {
        signIn("DEMO0002", "2026-11-23T09:40:00", "--reason", "overslept");
        CommandLineRun amend = asPat("amend", "pupil", "--pupil", "D0002", "--date", "2026-11-23", "--register",
                "AM", "--code", "M", "--reason", "hospital appointment", "--evidence", "letter seen");
        assertEquals(0, amend.exit(), amend.err());

        List<CSVRecord> rows = csv(AFTERNOON, "2026-11-23", "2026-11-23");
        assertEquals(1, rows.size(), rows.toString());
        CSVRecord row = rows.get(0);
        assertEquals("2026-11-23", row.get("date"));
        assertEquals("AM", row.get("session"));
        assertEquals("D0002", row.get("pupil_id"));
        assertEquals("M", row.get("code"));
        assertEquals("U", row.get("original_code"));
        assertEquals("amendment", row.get("source"));
        assertEquals("hospital appointment", row.get("comment"));
        assertEquals("", row.get("minutes_late"), "an authorised absence carries no minutes late");
        assertEquals("09:40:00", row.get("arrived_at"));
        assertEquals("Pat Reed (Receptionist)", row.get("recorded_by"));

        String table = export(AFTERNOON, "2026-11-23", "2026-11-23").out();
        assertTrue(table.contains("D0002") && table.contains(" M ") && table.contains(" U ")
                && table.contains("hospital appointment"), table);
    }

    @Test
    @DisplayName("a late bus amended with a late reason: the code stands, the comment has the late reason and why")
    void lateBusCommentHasTheLateReasonAndWhy() throws Exception {
        signIn("DEMO0005", "2026-11-23T09:12:00", "--kiosk-id", "gate", "--reason", "overslept");
        CommandLineRun bus = asPat("amend", "late-bus", "--date", "2026-11-23", "--kiosk", "gate", "--from", "09:05",
                "--to", "09:20", "--late-reason", "Late bus", "--reason", "bus company confirmed the delay");
        assertEquals(0, bus.exit(), bus.err());

        CSVRecord row = csv(AFTERNOON, "2026-11-23", "2026-11-23").get(0);
        assertEquals("U", row.get("code"));
        assertEquals("U", row.get("original_code"));
        assertEquals("27", row.get("minutes_late"));
        assertEquals("Late bus; bus company confirmed the delay", row.get("comment"));
    }

    @Test
    @DisplayName("a repeat scan never makes a second row")
    void repeatScanGivesOneRow() throws Exception {
        signIn("DEMO0003", "2026-11-23T08:55:00", "--reason", "transport");
        signIn("DEMO0003", "2026-11-23T08:56:00");
        CommandLineRun earlier = lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge",
                printed("DEMO0003"), "--at", "2026-11-23T08:50:00");
        assertTrue(earlier.err().contains("Kept as a repeat"), earlier.err());

        List<CSVRecord> rows = csv(AFTERNOON, "2026-11-23", "2026-11-23");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("L", rows.get(0).get("code"));
        assertEquals("10", rows.get(0).get("minutes_late"));
        assertEquals("Bus, train or traffic", rows.get(0).get("comment"));
        assertEquals("08:55:00", rows.get(0).get("arrived_at"), "the first arrival is the mark");
    }

    @Test
    @DisplayName("a sign-out's code covers the afternoon register taken while the pupil was out (Seagrave §12.2)")
    void signOutCoversTheAfternoonRegister() throws Exception {
        signIn("DEMO0001", "2026-11-23T08:55:00", "--reason", "transport");
        CommandLineRun out = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Sarah Jones", "--evidence-seen", "--at", "2026-11-23T11:00:00");
        assertEquals(0, out.exit(), out.err());

        List<CSVRecord> rows = csv(AFTERNOON, "2026-11-23", "2026-11-23");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("AM", "L", "arrival"), List.of(rows.get(0).get("session"), rows.get(0).get("code"),
                rows.get(0).get("source")));
        CSVRecord pm = rows.get(1);
        assertEquals(List.of("PM", "M", "M", "sign_out"), List.of(pm.get("session"), pm.get("code"),
                pm.get("original_code"), pm.get("source")));
        assertEquals("signed out 11:00: dentist", pm.get("comment"));
        assertEquals("", pm.get("minutes_late"));
        assertEquals("2026-11-23T11:00:00", pm.get("recorded_at"));
        assertEquals("Pat Reed (Receptionist)", pm.get("recorded_by"));
    }

    @Test
    @DisplayName("before the afternoon register is taken, a sign-out gives it no row: the pupil may be back by then")
    void noRowForARegisterNotYetTaken() throws Exception {
        signIn("DEMO0001", "2026-11-23T08:55:00");
        asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist", "--collected-by", "Sarah Jones",
                "--at", "2026-11-23T11:00:00");

        List<CSVRecord> rows = csv(NOON, "2026-11-23", "2026-11-23");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("AM", rows.get(0).get("session"));
    }

    @Test
    @DisplayName("an arrival before the register was taken is exported as present, / in the morning")
    void onTimeArrivalIsPresent() throws Exception {
        signIn("DEMO0004", "2026-11-23T08:30:00");
        CSVRecord row = csv(AFTERNOON, "2026-11-23", "2026-11-23").get(0);
        assertEquals(List.of("/", "", "", "arrival"), List.of(row.get("code"), row.get("minutes_late"),
                row.get("comment"), row.get("source")));
    }

    @Test
    @DisplayName("the CSV header is exactly the contract documented in docs/contracts.md and in --help")
    void headerIsTheDocumentedContract() throws Exception {
        String contract = "date,session,pupil_id,given_name,family_name,year,class,code,minutes_late,comment,"
                + "original_code,source,arrived_at,recorded_at,recorded_by,sign_in";
        CommandLineRun run = export(AFTERNOON, "2026-11-23", "2026-11-27", "--csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals(contract, run.out().lines().findFirst().orElseThrow());
        assertEquals(1, run.out().lines().count(), "no marks: the header alone");
        assertTrue(Files.readString(Path.of("docs/contracts.md")).contains("`" + contract + "`"),
                "docs/contracts.md must document the columns as they are");
        String help = lategate("export", "marks", "--help").out().replaceAll("\\s+", "");
        assertTrue(help.contains(contract), "--help must list the columns:\n" + help);
    }

    @Test
    @DisplayName("a reason with a comma, quotes and a line break round-trips through a CSV parser, on one line")
    void reasonWithCommaAndQuoteRoundTrips() throws Exception {
        signIn("DEMO0006", "2026-11-23T09:30:00");
        CommandLineRun amend = asPat("amend", "pupil", "--pupil", "D0006", "--date", "2026-11-23", "--register",
                "AM", "--code", "M", "--reason", "Mum phoned: \"orthodontist, Dr O'Neill\"\nletter to follow");
        assertEquals(0, amend.exit(), amend.err());

        CSVRecord row = csv(AFTERNOON, "2026-11-23", "2026-11-23").get(0);
        assertEquals(16, row.size());
        assertEquals("Mum phoned: \"orthodontist, Dr O'Neill\" letter to follow", row.get("comment"));
        assertEquals("M", row.get("code"));
    }

    @Test
    @DisplayName("bad ranges are refused with a message and nothing on standard output")
    void badRangesRefused() {
        CommandLineRun backwards = export(AFTERNOON, "2026-11-27", "2026-11-23", "--csv");
        assertEquals(1, backwards.exit());
        assertEquals("", backwards.out());
        assertTrue(backwards.err().contains("the range 2026-11-27 to 2026-11-23 ends before it starts"),
                backwards.err());

        CommandLineRun afterYear = export(AFTERNOON, "2027-07-01", "2027-08-15", "--csv");
        assertEquals(1, afterYear.exit());
        assertEquals("", afterYear.out());
        assertTrue(afterYear.err().contains("2027-08-15 is outside Demo Primary School's academic year, "
                + "2026-09-01 to 2027-07-31"), afterYear.err());

        CommandLineRun beforeYear = export(AFTERNOON, "2026-08-20", "2026-09-10");
        assertEquals(1, beforeYear.exit());
        assertEquals("", beforeYear.out());
        assertTrue(beforeYear.err().contains("2026-08-20 is outside"), beforeYear.err());

        CommandLineRun longerThanAYear = export(AFTERNOON, "2026-09-01", "2027-09-01", "--csv");
        assertEquals(1, longerThanAYear.exit());
        assertEquals("", longerThanAYear.out());

        CommandLineRun notADate = export(AFTERNOON, "23/11/2026", "2026-11-27");
        assertEquals(1, notADate.exit(), "a non-date is bad input, as --date is everywhere (SchoolTime)");
        assertEquals("", notADate.out());
        assertTrue(notADate.err().contains("--from '23/11/2026' is not a date: write it as 2026-11-23"),
                notADate.err());

        CommandLineRun noTo = lategate(AFTERNOON, "export", "marks", "--school", DEMO, "--db", db, "--from",
                "2026-11-23");
        assertEquals(2, noTo.exit(), "a missing option is a usage error");
        assertEquals("", noTo.out());
    }
}
