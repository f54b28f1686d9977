package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import lategate.DatabaseChecksum;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One register in every view (DOMAIN, "The entry as it stands"): whatever was recorded for a
 * pupil's session (a scan, a sign-out and return, a lunchtime pass, a claim and its decision, an
 * amendment), the Late Book, the day view and the MIS export give the same entry, and a changed
 * entry shows its original beside it (Oak Meadow §7, PSA §H, KTS §4.1: the original entry is kept
 * with the amended one, the reason, the date and who made it). Every test works on a real SQLite
 * file made through the command line, as the office would make it: the demo school (its
 * receptionist {@code office} is Pat Reed, PIN 1234), or Oak Meadow for its lunchtime passes.
 */
class OneRegisterInEveryViewTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String MONDAY = "2026-11-23";
    /** 14:30 on Monday 23 November 2026, school time (GMT): both registers have been taken. */
    private static final Clock MONDAY_AFTERNOON = at("2026-11-23T14:30:00Z");
    /** 10:00 on Tuesday: the day after. */
    private static final Clock TUESDAY = at("2026-11-24T10:00:00Z");
    private static final String PAT = "Pat Reed (Receptionist)";

    @TempDir
    Path dir;
    private OnSchool demo;

    @BeforeEach
    void theDemoSchool() {
        CommandLineRun made = lategate(MONDAY_AFTERNOON, "demo", "--data", dir.resolve("demo").toString(),
                "--no-kiosk");
        assertEquals(0, made.exit(), made.err());
        demo = new OnSchool(dir.resolve("demo/demo.toml").toString(), dir.resolve("demo/demo.db").toString());
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), LONDON);
    }

    /** One school's settings and database, and its commands on them. */
    private record OnSchool(String settings, String db) {

        CommandLineRun run(Clock clock, String... args) {
            return lategate(clock, on(args));
        }

        /** A command by a member of staff, who gives their PIN on standard input. */
        CommandLineRun as(String staff, String pin, Clock clock, String... args) {
            List<String> all = new ArrayList<>(List.of(on(args)));
            all.addAll(List.of("--staff", staff));
            return withPins(pin + "\n", clock, all.toArray(String[]::new));
        }

        /** The command, which must succeed. */
        String ok(Clock clock, String... args) {
            CommandLineRun run = run(clock, args);
            assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
            return run.out();
        }

        /** A command by staff, which must succeed. */
        String ok(String staff, String pin, Clock clock, String... args) {
            CommandLineRun run = as(staff, pin, clock, args);
            assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
            return run.out();
        }

        /** The pupil with roster badge code {@code badge} scans their badge (the printed code) at {@code time}. */
        String scan(String badge, String time, String... more) {
            List<String> args = new ArrayList<>(List.of("sign-in", "--badge", printed(badge), "--at", time));
            args.addAll(List.of(more));
            return ok(MONDAY_AFTERNOON, args.toArray(String[]::new));
        }

        /** The command's CSV, read back with a CSV parser as a spreadsheet or MIS would read it. */
        List<CSVRecord> csv(Clock clock, String... args) throws Exception {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(ok(clock, args))).getRecords();
        }

        List<CSVRecord> book(Clock clock) throws Exception {
            return csv(clock, "book", "--date", MONDAY, "--csv");
        }

        List<CSVRecord> export(Clock clock) throws Exception {
            return csv(clock, "export", "marks", "--from", MONDAY, "--to", MONDAY, "--csv");
        }

        String day(Clock clock) {
            return ok(clock, "day", "--date", MONDAY);
        }

        String bookTable(Clock clock) {
            return ok(clock, "book", "--date", MONDAY);
        }

        private String[] on(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--school", settings, "--db", db));
            return all.toArray(String[]::new);
        }
    }

    /** The demo's receptionist, Pat Reed, does something on Monday afternoon. */
    private String office(String... args) {
        return demo.ok("office", "1234", MONDAY_AFTERNOON, args);
    }

    private static CSVRecord row(List<CSVRecord> rows, String pupil) {
        return rows.stream().filter(r -> r.get("pupil_id").equals(pupil)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + pupil + " in " + rows));
    }

    private static CSVRecord row(List<CSVRecord> rows, String pupil, String session) {
        return rows.stream().filter(r -> r.get("pupil_id").equals(pupil) && r.get("session").equals(session))
                .findFirst().orElseThrow(() -> new AssertionError("no " + session + " row for " + pupil + " in "
                        + rows));
    }

    private static List<String> cells(CSVRecord row, String... columns) {
        return List.of(columns).stream().map(row::get).toList();
    }

    /** The day view's line for a pupil, by their full name. */
    private static String dayLine(String day, String fullName) {
        return day.lines().filter(l -> l.contains(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + fullName + " in\n" + day));
    }

    /** A parent on the demo pupil's contacts who may collect them. */
    private String parentOf(String pupil) throws Exception {
        return Files.readAllLines(dir.resolve("demo/contacts.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split(",")).filter(c -> c[0].equals(pupil) && c[3].equals("yes")).map(c -> c[1])
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a U amended to M: the Late Book shows U → M with who amended it and why, no consequence, and "
            + "counts it as M; the day view and the MIS export agree (Oak Meadow §7, PSA §H; Seagrave §8)")
    void amendedUToMStandsAsMInEveryView() throws Exception {
        demo.scan("DEMO0002", MONDAY + "T09:40:00", "--reason", "overslept");
        office("amend", "pupil", "--pupil", "D0002", "--date", MONDAY, "--register", "AM", "--code", "M",
                "--reason", "dentist");

        String table = demo.bookTable(MONDAY_AFTERNOON);
        List<String> lines = table.lines().toList();
        int oliver = lines.indexOf(lines.stream().filter(l -> l.contains("Oliver Brown")).findFirst().orElseThrow());
        assertTrue(lines.get(oliver).contains(" U → M "), table);
        assertFalse(lines.get(oliver).contains("Please see your class teacher"),
                "the consequence went with the U the pupil was told, not with M:\n" + table);
        assertEquals("U → M, amended 14:30 by " + PAT + ": dentist", lines.get(oliver + 1).strip(), table);
        assertTrue(table.contains("1 late arrival: 0 L, 0 U, 1 now M."), table);

        CSVRecord book = row(demo.book(MONDAY_AFTERNOON), "D0002");
        assertEquals(List.of(MONDAY, "U", "U", "M", "", "", PAT, MONDAY + "T14:30:00"), cells(book, "date", "mark",
                "original_code", "code", "minutes_late", "consequence", "changed_by", "changed_at"));

        assertTrue(dayLine(demo.day(MONDAY_AFTERNOON), "Oliver Brown").contains("U → M (amended)"));

        CSVRecord mark = row(demo.export(MONDAY_AFTERNOON), "D0002", "AM");
        assertEquals(List.of("M", "U", "amendment", "", "dentist", PAT), cells(mark, "code", "original_code",
                "source", "minutes_late", "comment", "recorded_by"));
    }

    @Test
    @DisplayName("a late bus amends a U to L with the late reason 'Late bus': the Late Book shows U → L and the "
            + "reason, counts an L, and the export agrees (Oak Meadow §7; KTS §4.4 late transport)")
    void lateBusMakesUAnLWithItsReason() throws Exception {
        demo.scan("DEMO0003", MONDAY + "T09:25:00", "--kiosk-id", "gate", "--reason", "overslept");
        office("amend", "late-bus", "--date", MONDAY, "--kiosk", "gate", "--from", "09:20", "--to", "09:30",
                "--code", "L", "--late-reason", "Late bus", "--reason", "bus company confirmed the delay");

        String table = demo.bookTable(MONDAY_AFTERNOON);
        String zoe = table.lines().filter(l -> l.contains("Zoë Wilson")).findFirst().orElseThrow();
        assertTrue(zoe.contains(" U → L ") && zoe.contains(" 40 ") && zoe.contains("Late bus"), table);
        assertTrue(table.contains("U → L, amended 14:30 by " + PAT + ": Late bus; bus company confirmed the delay"),
                table);
        assertTrue(table.contains("1 late arrival: 1 L, 0 U."), table);

        CSVRecord book = row(demo.book(MONDAY_AFTERNOON), "D0003");
        assertEquals(List.of("U", "L", "40", "Late bus", "given", ""), cells(book, "original_code", "code",
                "minutes_late", "reason", "reason_status", "consequence"));
        assertTrue(dayLine(demo.day(MONDAY_AFTERNOON), "Zoë Wilson").contains("U → L (amended)"));
        CSVRecord mark = row(demo.export(MONDAY_AFTERNOON), "D0003", "AM");
        assertEquals(List.of("L", "40", "U", "amendment", "Late bus; bus company confirmed the delay"),
                cells(mark, "code", "minutes_late", "original_code", "source", "comment"));
    }

    @Test
    @DisplayName("a claim from yesterday is listed today; confirmed, it is M at once in the Late Book, the day "
            + "view and the export; decided once, and a refusal needs a reason (Seagrave §8)")
    void confirmedClaimIsMEverywhereAndDecidedOnce() throws Exception {
        demo.scan("DEMO0001", MONDAY + "T09:40:00", "--reason", "medical");
        demo.scan("DEMO0004", MONDAY + "T09:00:00", "--reason", "medical");
        assertEquals(List.of("D0004", "D0001"), demo.csv(TUESDAY, "claims", "list", "--csv").stream()
                .map(r -> r.get("pupil_id")).toList(), "Monday's open claims, on Tuesday, oldest first");

        String confirmed = demo.ok("office", "1234", TUESDAY, "claims", "confirm", "--pupil", "D0001", "--date",
                MONDAY, "--evidence", "appointment card");
        assertTrue(confirmed.contains("U → M"), confirmed);
        CSVRecord book = row(demo.book(TUESDAY), "D0001");
        assertEquals(List.of("U", "M", "", PAT, "2026-11-24T10:00:00"), cells(book, "original_code", "code",
                "minutes_late", "changed_by", "changed_at"));
        assertTrue(demo.bookTable(TUESDAY).contains("U → M, claim confirmed 10:00 by " + PAT + ": appointment card"),
                demo.bookTable(TUESDAY));
        assertTrue(dayLine(demo.day(TUESDAY), "Amelia Jones").contains("U → M (claim confirmed)"));
        CSVRecord mark = row(demo.export(TUESDAY), "D0001", "AM");
        assertEquals(List.of("M", "U", "claim"), cells(mark, "code", "original_code", "source"));

        CommandLineRun refused = demo.as("office", "1234", TUESDAY, "claims", "refuse", "--pupil", "D0001", "--date",
                MONDAY, "--reason", "changed my mind");
        assertEquals(1, refused.exit(), "a claim is decided once");
        assertTrue(refused.err().contains("already confirmed"), refused.err());
        CommandLineRun noReason = demo.as("office", "1234", TUESDAY, "claims", "refuse", "--pupil", "D0004", "--date",
                MONDAY);
        assertEquals(2, noReason.exit(), "--reason is required: " + noReason.err());
        CommandLineRun blank = demo.as("office", "1234", TUESDAY, "claims", "refuse", "--pupil", "D0004", "--date",
                MONDAY, "--reason", " ");
        assertEquals(1, blank.exit());
        assertTrue(blank.err().contains("nothing was recorded"), blank.err());

        assertEquals(1, DatabaseChecksum.count(Path.of(demo.db()), "SELECT count(*) FROM claim_decisions"),
                "only the confirmation");
        assertEquals("M", row(demo.book(TUESDAY), "D0001").get("code"));
        assertEquals(List.of("D0004"), demo.csv(TUESDAY, "claims", "list", "--csv").stream()
                .map(r -> r.get("pupil_id")).toList(), "the refusal with no reason left D0004's claim open");
    }

    @Test
    @DisplayName("signed out before the morning register and back after it: M in the day view and the export, no "
            + "Late Book line, and a later scan signs him back in, not late (Seagrave §12.2, Oak Meadow §11)")
    void signedOutWhenTheRegisterWasTakenStaysM() throws Exception {
        office("sign-out", "--pupil", "D0002", "--code", "M", "--reason", "dentist", "--collected-by",
                parentOf("D0002"), "--evidence-seen", "--at", MONDAY + "T08:30:00");
        office("return", "--pupil", "D0002", "--at", MONDAY + "T09:40:00");
        String scan = demo.scan("DEMO0002", MONDAY + "T09:45:00");
        assertTrue(scan.contains("You are signed back in."), scan);
        assertFalse(scan.contains("late") || scan.contains("marked U"), scan);

        String oliver = dayLine(demo.day(MONDAY_AFTERNOON), "Oliver Brown");
        assertTrue(oliver.contains("M (signed out)") && oliver.contains("out 08:30 (M, dentist), in 09:40"), oliver);
        List<CSVRecord> marks = demo.export(MONDAY_AFTERNOON);
        assertEquals(1, marks.size(), "the morning only: he was in when the afternoon register was taken\n" + marks);
        assertEquals(List.of("AM", "M", "M", "sign_out", "", "signed out 08:30: dentist"), cells(marks.get(0),
                "session", "code", "original_code", "source", "arrived_at", "comment"));
        assertEquals(List.of(), demo.book(MONDAY_AFTERNOON), "no late mark: the Late Book has no line for him");
        assertTrue(demo.bookTable(MONDAY_AFTERNOON).contains("No late arrivals."));
    }

    @Test
    @DisplayName("a pupil marked L then signed out keeps the L; still out when the afternoon register is taken, "
            + "the afternoon is the sign-out's code (Seagrave §12.2)")
    void lateThenSignedOutKeepsLAndTheAfternoonIsTheSignOutsCode() throws Exception {
        demo.scan("DEMO0005", MONDAY + "T09:00:00", "--reason", "transport");
        office("sign-out", "--pupil", "D0005", "--code", "M", "--reason", "orthodontist", "--collected-by",
                parentOf("D0005"), "--at", MONDAY + "T11:00:00");

        String day = dayLine(demo.day(MONDAY_AFTERNOON), "Siobhán");
        assertTrue(day.matches(".*\\bL \\(arrival\\)\\s+M \\(signed out\\).*"), day);
        CSVRecord book = row(demo.book(MONDAY_AFTERNOON), "D0005");
        assertEquals(List.of("AM", "L", "L", "15", "", ""), cells(book, "register", "original_code", "code",
                "minutes_late", "changed_by", "changed_at"));
        assertTrue(demo.bookTable(MONDAY_AFTERNOON).contains("1 late arrival: 1 L, 0 U."));
        List<CSVRecord> marks = demo.export(MONDAY_AFTERNOON);
        assertEquals(List.of("L", "15", "arrival"), cells(row(marks, "D0005", "AM"), "code", "minutes_late",
                "source"));
        assertEquals(List.of("M", "", "sign_out", "signed out 11:00: orthodontist"), cells(row(marks, "D0005", "PM"),
                "code", "minutes_late", "source", "comment"));
    }

    @Test
    @DisplayName("Oak Meadow's lunchtime passes: back after the afternoon register is taken L, after it closes U "
            + "(minutes from when it was taken), still out at the close N, back before it is taken present "
            + "(Oak Meadow §5, §10)")
    void lunchPassHoldersAreTimedByTheirReturn() throws Exception {
        OnSchool oak = oakMeadowWithFourPassHolders();
        String head = "head";
        for (String pupil : List.of("O1", "O2", "O3", "O4")) {
            oak.ok(head, "2468", MONDAY_AFTERNOON, "lunch", "out", "--pupil", pupil, "--collected-by",
                    "Parent " + pupil, "--at", MONDAY + "T12:35:00");
        }
        oak.ok(head, "2468", MONDAY_AFTERNOON, "lunch", "in", "--pupil", "O1", "--at", MONDAY + "T13:25:00");
        String scan = oak.scan("OAK0002", MONDAY + "T13:35:00");
        assertTrue(scan.contains("You are signed back in."), scan);
        oak.ok(head, "2468", MONDAY_AFTERNOON, "lunch", "in", "--pupil", "O4", "--at", MONDAY + "T13:10:00");

        String day = oak.day(MONDAY_AFTERNOON);
        assertTrue(dayLine(day, "Amelia Jones").contains("L (lunchtime pass)"), day);
        assertTrue(dayLine(day, "Oliver Smith").contains("U (lunchtime pass)"), day);
        assertTrue(dayLine(day, "Isla Khan").contains("N (lunchtime pass)"), day);
        assertTrue(dayLine(day, "Noah Patel").contains("\\ (lunchtime pass)"), day);

        List<CSVRecord> marks = oak.export(MONDAY_AFTERNOON);
        assertEquals(List.of("L", "5"), cells(row(marks, "O1", "PM"), "code", "minutes_late"), "back 13:25");
        assertEquals(List.of("U", "15"), cells(row(marks, "O2", "PM"), "code", "minutes_late"), "scanned 13:35");
        assertEquals(List.of("N", ""), cells(row(marks, "O3", "PM"), "code", "minutes_late"), "still out");
        assertEquals(List.of("\\", ""), cells(row(marks, "O4", "PM"), "code", "minutes_late"), "back 13:10");
        assertTrue(marks.stream().allMatch(r -> r.get("source").equals("lunch_pass")), marks.toString());

        List<CSVRecord> book = oak.book(MONDAY_AFTERNOON);
        assertEquals(List.of("O1 L 5", "O2 U 15"), book.stream().map(r -> r.get("pupil_id") + " " + r.get("code")
                + " " + r.get("minutes_late")).toList(), "the late returns are the Late Book's, N and present are not");

        Clock beforeTheClose = at("2026-11-23T13:29:00Z");
        assertTrue(oak.export(beforeTheClose).stream().noneMatch(r -> r.get("pupil_id").equals("O3")),
                "N only once the register has closed: until then Isla may yet be back");
    }

    /** Oak Meadow (afternoon register taken 13:20, closed 13:30; lunch 12:30 to 13:20), four pupils with passes. */
    private OnSchool oakMeadowWithFourPassHolders() throws Exception {
        OnSchool oak = new OnSchool("config/schools/oak-meadow.toml", dir.resolve("oak.db").toString());
        Path roster = dir.resolve("oak-roster.csv");
        Files.writeString(roster, """
                pupil_id,given_name,family_name,year,class,badge
                O1,Amelia,Jones,4,4B,OAK0001
                O2,Oliver,Smith,4,4B,OAK0002
                O3,Isla,Khan,4,4B,OAK0003
                O4,Noah,Patel,4,4B,OAK0004
                """, StandardCharsets.UTF_8);
        oak.ok(MONDAY_AFTERNOON, "roster", "import", roster.toString());
        Path contacts = dir.resolve("oak-contacts.csv");
        StringBuilder adults = new StringBuilder("pupil_id,name,relationship,may_collect,phone\n");
        for (int i = 1; i <= 4; i++) {
            adults.append("O").append(i).append(",Parent O").append(i).append(",mother,yes,07700 90000")
                    .append(i).append('\n');
        }
        Files.writeString(contacts, adults, StandardCharsets.UTF_8);
        oak.ok(MONDAY_AFTERNOON, "contacts", "import", contacts.toString());
        CommandLineRun head = withPins("2468\n", MONDAY_AFTERNOON, oak.on("staff", "add", "--username", "head",
                "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator"));
        assertEquals(0, head.exit(), head.err());
        for (String pupil : List.of("O1", "O2", "O3", "O4")) {
            oak.ok("head", "2468", MONDAY_AFTERNOON, "lunch", "pass-add", "--pupil", pupil, "--from", "2026-11-16",
                    "--to", "2026-12-18", "--reason", "parent's written request");
        }
        return oak;
    }

    @Test
    @DisplayName("the off-site list drops a pupil once they are back: no OVERDUE line is left (Oak Meadow §11: "
            + "sign out at the office and sign back in on return; DOMAIN: the office can list who is out)")
    void offSiteListDropsAPupilOnceBack() throws Exception {
        Clock eleven = at("2026-11-23T11:00:00Z");
        demo.ok("office", "1234", eleven, "sign-out", "--pupil", "D0006", "--code", "M", "--reason", "dentist",
                "--collected-by", parentOf("D0006"), "--expected-back", MONDAY + "T11:30:00");
        String overdue = demo.ok(at("2026-11-23T12:00:00Z"), "off-site");
        assertTrue(overdue.contains("1 off site, 1 OVERDUE") && overdue.contains("Noah"), overdue);

        Clock back = at("2026-11-23T12:10:00Z");
        demo.ok("office", "1234", back, "return", "--pupil", "D0006");
        String offSite = demo.ok(back, "off-site");
        assertFalse(offSite.contains("OVERDUE") || offSite.contains("Noah"), offSite);
        assertTrue(offSite.contains("Nobody is signed out"), offSite);
    }
}
