package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff deciding claimed reasons from the command line (Seagrave §8: a medical appointment makes
 * the absence authorised, M, once the school accepts it), on the demo's real database: a claim
 * stays open across days until it is decided once, and the decision shows in every view.
 */
class ClaimsCommandTest {

    /** Tuesday 24 November 2026, 10:00 school time (GMT): the day after the claims were made. */
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String MONDAY = "2026-11-23";
    private static final String MEDICAL = "Doctor, dentist or hospital";

    @TempDir
    Path dir;
    private String school;
    private String db;

    @BeforeEach
    void claimsMadeOnMonday() {
        CommandLineRun demo = lategate(TUESDAY, "demo", "--data", dir.resolve("demo").toString(), "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        school = dir.resolve("demo/demo.toml").toString();
        db = dir.resolve("demo/demo.db").toString();
        assertEquals("No open claims.", run("claims", "list").out().strip(), "nothing claimed yet");
        // D0001 after the morning register closed (U), D0002 before it closed (L): both claim a medical appointment.
        signIn("DEMO0001", MONDAY + "T09:40:00", "medical");
        signIn("DEMO0002", MONDAY + "T09:00:00", "medical");
    }

    private void signIn(String badge, String at, String reason) {
        CommandLineRun run = run("sign-in", "--badge", printed(badge), "--at", at, "--reason", reason);
        assertEquals(0, run.exit(), run.err());
    }

    /** A command on the demo's school and database, on Tuesday. */
    private CommandLineRun run(String... args) {
        return lategate(TUESDAY, onTheDemo(args));
    }

    /** A command by the demo's receptionist (Pat Reed), who gives their PIN on standard input. */
    private CommandLineRun asOffice(String... args) {
        List<String> all = new ArrayList<>(List.of(onTheDemo(args)));
        all.addAll(List.of("--staff", "office"));
        return withPins("1234\n", TUESDAY, all.toArray(String[]::new));
    }

    private String[] onTheDemo(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", school, "--db", db));
        return all.toArray(String[]::new);
    }

    private CommandLineRun decide(String verdict, String pupil, String... more) {
        List<String> args = new ArrayList<>(List.of("claims", verdict, "--pupil", pupil, "--date", MONDAY));
        args.addAll(List.of(more));
        return asOffice(args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(CommandLineRun run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String column, String pupil) {
        return rows.stream().filter(r -> r.get(column).equals(pupil)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + pupil + " in " + rows));
    }

    /** The Late Book's line for the pupil on Monday. */
    private CSVRecord book(String pupil) throws Exception {
        return row(csv(run("book", "--date", MONDAY, "--csv")), "pupil_id", pupil);
    }

    private long decisions() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM claim_decisions")) {
            return r.getLong(1);
        }
    }

    @Test
    @DisplayName("list shows yesterday's undecided claims today, oldest first, with the CSV contract's columns")
    void listShowsYesterdaysClaims() throws Exception {
        CommandLineRun csv = run("claims", "list", "--csv");
        String contract = "date,pupil_id,given_name,family_name,class,register,code,arrived_at,reason,claims_code";
        assertEquals(contract, csv.out().lines().findFirst().orElseThrow());
        assertTrue(Files.readString(Path.of("docs/commands.md")).contains("`" + contract + "`"),
                "docs/commands.md must document the columns as they are");
        assertTrue(lategate("claims", "list", "--help").out().replaceAll("\\s+", "").contains(contract),
                "--help must list the columns");
        List<CSVRecord> rows = csv(csv);
        assertEquals(List.of("D0002", "D0001"), rows.stream().map(r -> r.get("pupil_id")).toList(),
                "oldest first: D0002 came at 09:00, D0001 at 09:40");
        CSVRecord u = rows.get(1);
        assertEquals(List.of(MONDAY, "D0001", "AM", "U", "09:40:00", MEDICAL, "M"), List.of(u.get("date"),
                u.get("pupil_id"), u.get("register"), u.get("code"), u.get("arrived_at"), u.get("reason"),
                u.get("claims_code")));
        assertEquals("L", rows.get(0).get("code"));
        assertFalse(u.get("given_name").isBlank() || u.get("class").isBlank(), u.toString());

        String table = run("claims", "list").out();
        assertTrue(table.contains("oldest first (2)"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith(MONDAY + "  D0001") && l.contains(" AM ")
                && l.contains("09:40:00") && l.contains(MEDICAL) && l.endsWith("M")), table);
    }

    @Test
    @DisplayName("confirming makes the entry M in the Late Book and the MIS export, and takes it off the list")
    void confirmMakesTheEntryTheClaimedCode() throws Exception {
        CommandLineRun confirmed = decide("confirm", "D0001", "--register", "AM", "--evidence", "appointment card");
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("D0001 morning " + MONDAY + ": claim confirmed by Pat Reed "
                + "(Receptionist): U → M"), confirmed.out());
        assertTrue(confirmed.out().contains("reason: " + MEDICAL + " (claim confirmed: appointment card)"),
                confirmed.out());

        CSVRecord book = book("D0001");
        assertEquals(List.of("U", "M"), List.of(book.get("original_code"), book.get("code")));
        CSVRecord mark = csv(run("export", "marks", "--from", MONDAY, "--to", MONDAY, "--csv")).stream()
                .filter(r -> r.get("pupil_id").equals("D0001") && r.get("session").equals("AM")).findFirst()
                .orElseThrow();
        assertEquals(List.of("M", "U", "claim"), List.of(mark.get("code"), mark.get("original_code"),
                mark.get("source")));
        assertEquals(List.of("D0002"), csv(run("claims", "list", "--csv")).stream().map(r -> r.get("pupil_id"))
                .toList());
        assertEquals(1, decisions());
    }

    @Test
    @DisplayName("a refusal needs a reason; refused, the entry stays U or L and its reason says why")
    void refuseNeedsAReasonAndKeepsTheMark() throws Exception {
        CommandLineRun noReason = decide("refuse", "D0001", "--register", "AM");
        assertEquals(2, noReason.exit(), "a usage error");
        assertTrue(noReason.err().contains("--reason"), noReason.err());
        CommandLineRun blank = decide("refuse", "D0001", "--register", "AM", "--reason", "  ");
        assertEquals(1, blank.exit());
        assertTrue(blank.err().contains("--reason must say why the claim is refused; nothing was recorded"),
                blank.err());
        CommandLineRun noEvidence = decide("confirm", "D0001", "--register", "AM");
        assertEquals(2, noEvidence.exit(), "a usage error");
        assertTrue(noEvidence.err().contains("--evidence"), noEvidence.err());
        assertEquals(0, decisions());

        CommandLineRun refused = decide("refuse", "D0001", "--register", "AM", "--reason",
                "no letter from the surgery");
        assertEquals(0, refused.exit(), refused.err());
        assertTrue(refused.out().contains("D0001 morning " + MONDAY + ": claim refused by Pat Reed (Receptionist): "
                + "the entry stays U"), refused.out());
        CSVRecord u = book("D0001");
        assertEquals("U", u.get("code"));
        assertEquals(MEDICAL + " (claim refused: no letter from the surgery)", u.get("reason"));
        assertEquals("refused", u.get("reason_status"));

        // No --register: D0002's one open claim that day, the morning's.
        CommandLineRun late = decide("refuse", "D0002", "--reason", "no appointment that day");
        assertEquals(0, late.exit(), late.err());
        assertEquals("L", book("D0002").get("code"));
        assertEquals("No open claims.", run("claims", "list").out().strip());
        assertEquals(1, run("claims", "list", "--csv").out().lines().count(), "no claims: the header alone");
    }

    @Test
    @DisplayName("a claim is decided once: a second decision exits 1 and records nothing")
    void decidedOnce() throws Exception {
        assertEquals(0, decide("confirm", "D0001", "--register", "AM", "--evidence", "appointment card").exit());
        CommandLineRun again = decide("refuse", "D0001", "--register", "AM", "--reason", "changed my mind");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("was already confirmed by Pat Reed (Receptionist)")
                && again.err().contains("a claim is decided once; change the entry with 'amend pupil' instead"),
                again.err());
        CommandLineRun withoutRegister = decide("confirm", "D0001", "--evidence", "appointment card");
        assertEquals(1, withoutRegister.exit(), "the day's one claim, decided already");
        assertTrue(withoutRegister.err().contains("already confirmed"), withoutRegister.err());
        assertEquals(1, decisions());
        assertEquals("M", book("D0001").get("code"));
    }

    @Test
    @DisplayName("no entry, no claim on it, or no claim that day: exit 1 with what is wrong, nothing recorded")
    void nothingToDecide() throws Exception {
        CommandLineRun afternoon = decide("confirm", "D0001", "--register", "PM", "--evidence", "card");
        assertEquals(1, afternoon.exit());
        assertTrue(afternoon.err().contains("D0001 has no afternoon entry on " + MONDAY), afternoon.err());
        signIn("DEMO0003", MONDAY + "T09:05:00", "transport");
        CommandLineRun notClaimed = decide("confirm", "D0003", "--register", "AM", "--evidence", "card");
        assertEquals(1, notClaimed.exit());
        assertTrue(notClaimed.err().contains("has no claimed reason to decide"), notClaimed.err());
        CommandLineRun today = asOffice("claims", "confirm", "--pupil", "D0001", "--evidence", "card");
        assertEquals(1, today.exit(), "--date is today, Tuesday");
        assertTrue(today.err().contains("D0001 has no claim on 2026-11-24; their open claims: " + MONDAY
                + " AM (give --date and --register)"), today.err());
        CommandLineRun register = decide("confirm", "D0001", "--register", "noon", "--evidence", "card");
        assertEquals(1, register.exit());
        assertTrue(register.err().contains("--register 'noon' must be AM or PM"), register.err());
        assertEquals(0, decisions());
    }

    @Test
    @DisplayName("--date defaults to today: a claim made this morning is confirmed without naming the day")
    void todayByDefault() throws Exception {
        signIn("DEMO0004", "2026-11-24T09:20:00", "medical");
        CommandLineRun confirmed = asOffice("claims", "confirm", "--pupil", "D0004", "--evidence", "hospital letter");
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("D0004 morning 2026-11-24: claim confirmed"), confirmed.out());
    }

    @Test
    @DisplayName("a refused claim can still be amended: the amendment is the later change")
    void refusedThenAmended() throws Exception {
        assertEquals(0, decide("refuse", "D0001", "--register", "AM", "--reason", "no letter").exit());
        CommandLineRun amended = asOffice("amend", "pupil", "--pupil", "D0001", "--date", MONDAY, "--register", "AM",
                "--code", "M", "--reason", "letter from the hospital arrived today", "--evidence", "letter seen");
        assertEquals(0, amended.exit(), amended.err());
        CSVRecord book = book("D0001");
        assertEquals(List.of("U", "M", "Pat Reed (Receptionist)"), List.of(book.get("original_code"),
                book.get("code"), book.get("changed_by")));
        assertEquals(1, decisions(), "the refusal is kept beside the amendment");
    }
}
