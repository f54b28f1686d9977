package lategate.cli;

import static lategate.TestBadges.printed;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receptionist's day through the command line, on a real database: staff sign in with a
 * PIN, sign pupils out and back in (Seagrave §12.2), amend marks with an audit trail (Oak Meadow
 * §7, PSA §H, KTS §4.1), and print the fire roll.
 */
class ReceptionTest {

    @TempDir
    Path dir;
    private String db;
    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock AFTERNOON = CommandLineRun.MONDAY_AFTERNOON;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        StringBuilder roster = new StringBuilder("pupil_id,given_name,family_name,year,class,badge\n");
        for (int i = 1; i <= 300; i++) {
            roster.append(String.format("D%04d,Pupil,Number%d,5,5B,DEMO%04d%n", i, i, i));
        }
        Path rosterFile = dir.resolve("roster.csv");
        Files.writeString(rosterFile, roster.toString(), StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", DEMO, "--db", db, rosterFile.toString()).exit());
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\n"
                + "D0001,Sarah Jones,mother,yes,07700 900123\nD0001,Tom Jones,father,no,\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate("contacts", "import", "--school", DEMO, "--db", db, contacts.toString());
        assertEquals(0, imported.exit(), imported.err());
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

    @Test
    @DisplayName("sign out with a listed collector, see them off site, sign them back in; mistakes are refused")
    void signOutAndBackIn() throws Exception {
        CommandLineRun out = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "sarah jones", "--evidence-seen", "--at", "2026-11-23T13:50:00",
                "--expected-back", "2026-11-23T15:00:00");
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().contains("collected by Sarah Jones (mother)"), out.out());
        assertTrue(out.out().contains("recorded by Pat Reed, Receptionist"), out.out());

        String offSite = lategate(AFTERNOON, "off-site", "--school", DEMO, "--db", db).out();
        assertTrue(offSite.contains("Pupil Number1") && offSite.contains("dentist, collected by Sarah Jones"), offSite);

        CommandLineRun again = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Sarah Jones");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already signed out (since 13:50)"), again.err());

        assertEquals(0, asPat("return", "--pupil", "D0001").exit());
        CommandLineRun twice = asPat("return", "--pupil", "D0001");
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("is not signed out today"), twice.err());
        assertTrue(lategate(AFTERNOON, "off-site", "--school", DEMO, "--db", db).out().startsWith("Nobody"));
    }

    @Test
    @DisplayName("a collector not allowed to collect needs a listed parent's phone confirmation (Seagrave §12.2)")
    void unlistedCollector() {
        CommandLineRun refused = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "doctor",
                "--collected-by", "Ann Jones");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("Ann Jones is not listed for pupil D0001 as someone who may "
                + "collect"), refused.err());
        assertTrue(refused.err().contains("give --confirmed-by NAME"), refused.err());
        // The demo's settings name no section for signing out, so the message cites the policy in general.
        assertTrue(refused.err().contains("(the school's policy: no pupil leaves without parental confirmation)"),
                refused.err());
        CommandLineRun confirmed = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "doctor",
                "--collected-by", "Ann Jones", "--relationship", "aunt", "--confirmed-by", "Sarah Jones");
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("confirmed by phone by Sarah Jones"), confirmed.out());
    }

    @Test
    @DisplayName("sign-out --at checks the expected return against when the pupil left, not against the clock")
    void expectedReturnAgainstTheTimeOfLeaving() throws Exception {
        CommandLineRun before = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Sarah Jones", "--at", "2026-11-23T13:50:00", "--expected-back",
                "2026-11-23T13:40:00");
        assertEquals(1, before.exit());
        assertTrue(before.err().contains("the expected return 13:40 is already past at 13:50, when the pupil left"),
                before.err());
        assertEquals(0, count("SELECT count(*) FROM movements"));

        CommandLineRun after = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Sarah Jones", "--at", "2026-11-23T13:50:00", "--expected-back",
                "2026-11-23T14:10:00");
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.out().contains("expected back 14:10"), after.out());
        assertTrue(lategate(AFTERNOON, "off-site", "--school", DEMO, "--db", db).out().contains("OVERDUE"),
                "14:10 has gone by at 14:30");

        CommandLineRun future = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Sarah Jones", "--at", "2026-11-23T15:00:00");
        assertEquals(1, future.exit());
        assertTrue(future.err().contains("the sign-out time is in the future"), future.err());
    }

    @Test
    @DisplayName("a phone confirmation of a sign-out written up afterwards is taken as made when the pupil left")
    void confirmationDefaultsToTheTimeOfLeaving() throws Exception {
        CommandLineRun out = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "doctor",
                "--collected-by", "Ann Jones", "--relationship", "aunt", "--confirmed-by", "Sarah Jones",
                "--at", "2026-11-23T13:50:00");
        assertEquals(0, out.exit(), out.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT confirmed_at FROM movements")) {
            assertEquals(Instant.parse("2026-11-23T13:50:00Z"), Instant.parse(r.getString(1)));
        }
    }

    @Test
    @DisplayName("an expected return in the past and a wrong PIN are refused with nothing recorded")
    void refusals() throws Exception {
        CommandLineRun past = asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Sarah Jones", "--expected-back", "2026-11-23T14:00:00");
        assertEquals(1, past.exit());
        assertTrue(past.err().contains("is already past"), past.err());
        CommandLineRun wrongPin = withPins("0000\n", AFTERNOON, "return", "--school", DEMO, "--db", db, "--staff", "pat",
                "--pupil", "D0001");
        assertEquals(1, wrongPin.exit());
        assertTrue(wrongPin.err().contains("username or PIN not recognised"), wrongPin.err());
        assertEquals(0, count("SELECT count(*) FROM movements"));
    }

    @Test
    @DisplayName("five wrong PINs lock the account; the right PIN is then refused too")
    void pinLockout() {
        for (int i = 0; i < 5; i++) {
            withPins("0000\n", AFTERNOON, "return", "--school", DEMO, "--db", db, "--staff", "pat", "--pupil", "D0001");
        }
        CommandLineRun locked = asPat("return", "--pupil", "D0001");
        assertEquals(1, locked.exit());
        assertTrue(locked.err().contains("the account is locked"), locked.err());
    }

    @Test
    @DisplayName("a U amended to M: the audit shows original, amended, reason, date, and name and position")
    void amendAndAudit() throws Exception {
        assertEquals(0, lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge", printed("DEMO0002"),
                "--at", "2026-11-23T09:40:00").exit());
        CommandLineRun amend = asPat("amend", "pupil", "--pupil", "D0002", "--date", "2026-11-23", "--register", "AM",
                "--code", "M", "--reason", "hospital appointment", "--evidence", "letter seen");
        assertEquals(0, amend.exit(), amend.err());
        String audit = lategate(AFTERNOON, "audit", "--school", DEMO, "--db", db, "--pupil", "D0002").out();
        assertTrue(audit.contains("Pat Reed (Receptionist)"), audit);
        assertTrue(audit.contains("U -> M"), audit);
        assertTrue(audit.contains("reason: hospital appointment") && audit.contains("evidence: letter seen"), audit);
        CommandLineRun noReason = asPat("amend", "pupil", "--pupil", "D0002", "--date", "2026-11-23", "--register",
                "AM", "--code", "U", "--reason", " ");
        assertEquals(1, noReason.exit());
        assertEquals(1, count("SELECT count(*) FROM amendments"));
    }

    @Test
    @DisplayName("a late bus of 12: one command, 12 audit entries, the originals intact")
    void lateBus() throws Exception {
        for (int i = 1; i <= 12; i++) {
            lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(String.format("DEMO%04d", 10 + i)), "--kiosk-id", "gate", "--at",
                    String.format("2026-11-23T09:%02d:00", 5 + i));
        }
        CommandLineRun bus = asPat("amend", "late-bus", "--date", "2026-11-23", "--kiosk", "gate", "--from", "09:05",
                "--to", "09:20", "--late-reason", "Late bus", "--reason", "bus company confirmed the delay");
        assertEquals(0, bus.exit(), bus.err());
        assertTrue(bus.out().contains("12 entries amended; the originals are kept."), bus.out());
        assertEquals(12, count("SELECT count(*) FROM amendments WHERE late_reason = 'Late bus' AND position = 'Receptionist'"));
        assertEquals(12, count("SELECT count(*) FROM arrivals WHERE kiosk_id = 'gate'"));
    }

    @Test
    @DisplayName("the fire roll on 300 pupils: every late pupil on site, everyone off site, at once")
    void fireRollOf300() throws Exception {
        for (int i = 1; i <= 40; i++) {
            lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(String.format("DEMO%04d", i)), "--at", "2026-11-23T09:30:00");
        }
        asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist", "--collected-by", "Sarah Jones",
                "--at", "2026-11-23T11:00:00");
        CommandLineRun roll = lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--csv");
        assertEquals(0, roll.exit(), roll.err());
        List<String> lines = roll.out().lines().toList();
        assertEquals(39, lines.stream().filter(l -> l.startsWith("late_on_site,")).count());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("off_site,D0001,")).count());
        assertTrue(lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db).out()
                .contains("Signed in late today and on site (39): tick each one found"));
    }

    @Test
    @DisplayName("roll --at: the fire roll as it stood then; arrivals and movements recorded as later do not count")
    void fireRollAsItStood() {
        lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge", printed("DEMO0002"), "--at",
                "2026-11-23T09:30:00");
        lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge", printed("DEMO0003"), "--at",
                "2026-11-23T10:30:00");
        assertEquals(0, asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist", "--collected-by",
                "Sarah Jones", "--at", "2026-11-23T11:00:00", "--expected-back", "2026-11-23T12:00:00").exit());
        assertEquals(0, asPat("return", "--pupil", "D0001", "--at", "2026-11-23T13:00:00").exit());

        assertEquals(List.of("late_on_site,D0002"), rollRows("2026-11-23T10:00:00"));
        assertEquals(List.of("late_on_site,D0002", "late_on_site,D0003", "off_site,D0001"),
                rollRows("2026-11-23T12:30:00"));
        assertEquals(List.of("late_on_site,D0002", "late_on_site,D0003"), rollRows(null));

        String atHalfTwelve = lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--at",
                "2026-11-23T12:30:00").out();
        assertTrue(atHalfTwelve.startsWith("FIRE ROLL: ") && atHalfTwelve.lines().findFirst().orElseThrow()
                .endsWith(" at 12:30"), atHalfTwelve);
        assertTrue(atHalfTwelve.contains("expected back 12:00, OVERDUE"), atHalfTwelve);

        CommandLineRun later = lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--at",
                "2026-11-23T15:00:00");
        assertEquals(1, later.exit());
        assertTrue(later.err().contains("--at '2026-11-23T15:00:00' is still to come"), later.err());
    }

    /** The section and pupil of each row of the roll's CSV, now or at {@code at}. */
    private List<String> rollRows(String at) {
        List<String> args = new ArrayList<>(List.of("roll", "--school", DEMO, "--db", db, "--csv"));
        if (at != null) {
            args.addAll(List.of("--at", at));
        }
        CommandLineRun roll = lategate(AFTERNOON, args.toArray(String[]::new));
        assertEquals(0, roll.exit(), roll.err());
        return roll.out().lines().skip(1).map(l -> String.join(",", List.of(l.split(",")).subList(0, 2))).toList();
    }

    @Test
    @DisplayName("off-site: an overdue pupil is no longer listed, nor counted overdue, once signed back in")
    void overdueEndsWithTheReturn() {
        asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist", "--collected-by", "Sarah Jones",
                "--at", "2026-11-23T13:00:00", "--expected-back", "2026-11-23T14:00:00");
        assertTrue(offSite().startsWith("1 off site, 1 OVERDUE:"), offSite());
        assertEquals(0, asPat("return", "--pupil", "D0001").exit());
        assertTrue(offSite().startsWith("Nobody is signed out"), offSite());
        assertTrue(offSite("--at", "2026-11-23T14:15:00").startsWith("1 off site at 14:15, 1 OVERDUE:"),
                offSite("--at", "2026-11-23T14:15:00"));
        assertTrue(offSite("--at", "2026-11-23T13:30:00").startsWith("1 off site at 13:30:"));
        assertTrue(offSite("--at", "2026-11-23T12:00:00").startsWith("Nobody was signed out at 12:00"));
    }

    private String offSite(String... more) {
        List<String> args = new ArrayList<>(List.of("off-site", "--school", DEMO, "--db", db));
        args.addAll(List.of(more));
        return lategate(AFTERNOON, args.toArray(String[]::new)).out();
    }

    @Test
    @DisplayName("the day view: a late morning, then out 10:30 to 14:00, gives L for the morning and M for the afternoon")
    void dayView() {
        lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge", printed("DEMO0001"), "--at",
                "2026-11-23T08:55:00");
        asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist", "--collected-by", "Sarah Jones",
                "--at", "2026-11-23T10:30:00");
        asPat("return", "--pupil", "D0001", "--at", "2026-11-23T14:00:00");
        String day = lategate(AFTERNOON, "day", "--school", DEMO, "--db", db, "--date", "2026-11-23").out();
        assertTrue(day.contains("L (arrival)") && day.contains("M (signed out)")
                && day.contains("out 10:30 (M, dentist), in 14:00"), day);
    }

    @Test
    @DisplayName("the day view marks an arrival taken under a questioned clock for review, and says what the star means")
    void dayViewFlagsArrivalsTakenUnderAQuestionedClock() throws Exception {
        lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge", printed("DEMO0001"), "--at",
                "2026-11-23T08:55:00");
        String plain = lategate(AFTERNOON, "day", "--school", DEMO, "--db", db, "--date", "2026-11-23").out();
        assertTrue(plain.contains("L (arrival) ") && !plain.contains("*"), plain);

        // As the kiosk records a held scan once staff settle its clock (TrustedTime's settlement).
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("INSERT INTO arrivals (pupil_id, school_date, register, year_group, "
                    + "class_name, arrived_at, arrived_local, kiosk_id, mark, minutes_late, explanation, recorded_by, "
                    + "recorded_at) SELECT pupil_id, '2026-11-23', 'AM', year_group, class_name, "
                    + "'2026-11-23T09:40:00.000000000Z', '2026-11-23T09:40:00', 'reception', 'U', 40, 'after close', "
                    + "'kiosk reception; " + lategate.app.clock.TrustedTime.FLAG + ", time confirmed by Jo Bloggs "
                    + "(Office Manager)', '2026-11-23T09:45:00.000000000Z' FROM pupils WHERE pupil_id <> 'D0001' "
                    + "LIMIT 1");
        }
        String day = lategate(AFTERNOON, "day", "--school", DEMO, "--db", db, "--date", "2026-11-23").out();
        assertTrue(day.contains("U (arrival)*"), day);
        assertTrue(day.contains("L (arrival) "), "the other arrival is not flagged:\n" + day);
        assertTrue(day.contains("* taken while the kiosk's clock was in question, and timed when staff settled it: "
                + "1 entry to review"), day);
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
