package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oak Meadow §10: named pupils with a lunchtime pass "will leave the school premises within 10
 * minutes of the start of lunch and will return no later than 5 minutes before the end of lunch",
 * signed out and back in on the lunch register. The demo's lunch is 12:15 to 13:05.
 */
class LunchPassRegisterTest {

    @TempDir
    Path dir;
    private String db;
    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock LATE_AFTERNOON = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"),
            ZoneId.of("Europe/London"));

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n", StandardCharsets.UTF_8);
        lategate("roster", "import", "--school", DEMO, "--db", db, roster.toString());
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\n"
                + "D1,Sarah Jones,mother,yes,07700 900123\nD1,Tom Jones,father,no,\nD2,Ann Smith,mother,yes,07700 900456\n",
                StandardCharsets.UTF_8);
        lategate("contacts", "import", "--school", DEMO, "--db", db, contacts.toString());
        withPins("2468\n", LATE_AFTERNOON, "staff", "add", "--school", DEMO, "--db", db, "--username", "head", "--name",
                "Sam Head", "--position", "Head of School", "--role", "administrator");
        withPins("2468\n1357\n", LATE_AFTERNOON, "staff", "add", "--school", DEMO, "--db", db, "--as", "head",
                "--username", "pat", "--name", "Pat Reed", "--position", "Receptionist", "--role", "receptionist");
        CommandLineRun pass = as("head", "2468", "lunch", "pass-add", "--pupil", "D1", "--from", "2026-11-16", "--to",
                "2026-12-18", "--reason", "parent's written request");
        assertEquals(0, pass.exit(), pass.err());
    }

    private CommandLineRun as(String user, String pin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", DEMO, "--db", db, "--staff", user));
        return withPins(pin + "\n", LATE_AFTERNOON, all.toArray(String[]::new));
    }

    @Test
    @DisplayName("a pass holder signs out within 10 minutes of lunch and back in late: the return is flagged")
    void outAndLateBack() {
        CommandLineRun out = as("pat", "1357", "lunch", "out", "--pupil", "D1", "--collected-by", "Sarah Jones",
                "--at", "2026-11-23T12:20:00");
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().contains("back by 13:00"), out.out());
        CommandLineRun in = as("pat", "1357", "lunch", "in", "--pupil", "D1", "--at", "2026-11-23T13:02:00");
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains("LATE, after 13:00"), in.out());
        String register = lategate(LATE_AFTERNOON, "lunch", "register", "--school", DEMO, "--db", db, "--date",
                "2026-11-23").out();
        assertTrue(register.contains("out 12:20  back 13:02  LATE BACK"), register);
    }

    @Test
    @DisplayName("a lunch return before the pupil left is refused, so they never stay off site and overdue once back")
    void returnBeforeLeaving() {
        as("pat", "1357", "lunch", "out", "--pupil", "D1", "--collected-by", "Sarah Jones", "--at", "2026-11-23T12:20:00");
        CommandLineRun early = as("pat", "1357", "lunch", "in", "--pupil", "D1", "--at", "2026-11-23T12:10:00");
        assertEquals(1, early.exit());
        assertTrue(early.err().contains("the return is before the pupil left"), early.err());
        assertEquals(0, as("pat", "1357", "lunch", "in", "--pupil", "D1", "--at", "2026-11-23T12:55:00").exit());
        String offSite = lategate(LATE_AFTERNOON, "off-site", "--school", DEMO, "--db", db).out();
        assertTrue(offSite.startsWith("Nobody is signed out"), offSite);
    }

    @Test
    @DisplayName("leaving after the first 10 minutes of lunch is refused (Oak Meadow §10)")
    void leavingTooLate() {
        CommandLineRun out = as("pat", "1357", "lunch", "out", "--pupil", "D1", "--collected-by", "Sarah Jones",
                "--at", "2026-11-23T12:30:00");
        assertEquals(1, out.exit());
        assertTrue(out.err().contains("pass holders leave within 10 minutes of the start of lunch, by 12:25"), out.err());
    }

    @Test
    @DisplayName("at lunch, as at any sign-out, an adult listed as may not collect never collects, however the name "
            + "is typed (docs/domain.md, \"Safeguarding at sign-out\")")
    void mayNotCollectAtLunch() {
        CommandLineRun out = as("pat", "1357", "lunch", "out", "--pupil", "D1", "--collected-by", " tom  JONES",
                "--at", "2026-11-23T12:20:00");
        assertEquals(1, out.exit(), out.out());
        assertTrue(out.err().contains("DO NOT RELEASE to Tom Jones (father): listed as may not collect for pupil "
                + "D1"), out.err());
        assertTrue(out.err().contains("nothing was recorded"), out.err());
        CommandLineRun mum = as("pat", "1357", "lunch", "out", "--pupil", "D1", "--collected-by", "sarah  jones",
                "--at", "2026-11-23T12:20:00");
        assertEquals(0, mum.exit(), mum.err());
        assertTrue(mum.out().contains("out for lunch with Sarah Jones"), mum.out());
    }

    @Test
    @DisplayName("a pupil without a pass cannot be signed out at lunch, and only an administrator grants or ends passes")
    void noPass() {
        CommandLineRun out = as("pat", "1357", "lunch", "out", "--pupil", "D2", "--collected-by", "Ann Smith",
                "--at", "2026-11-23T12:20:00");
        assertEquals(1, out.exit());
        assertTrue(out.err().contains("has no lunchtime pass valid today"), out.err());
        CommandLineRun grant = as("pat", "1357", "lunch", "pass-add", "--pupil", "D2", "--from", "2026-11-16",
                "--reason", "asked");
        assertEquals(1, grant.exit());
        assertTrue(grant.err().contains("Pat Reed is a receptionist: only an administrator may grant a lunchtime pass: a pass is "
                + "granted for the school (the school's policy)"), grant.err());
        CommandLineRun end = as("pat", "1357", "lunch", "pass-end", "--id", "1", "--last-day", "2026-11-20");
        assertEquals(1, end.exit());
        assertTrue(end.err().contains("Pat Reed is a receptionist: only an administrator may end a lunchtime pass"),
                end.err());
        String passes = lategate(LATE_AFTERNOON, "lunch", "pass-list", "--school", DEMO, "--db", db, "--date",
                "2026-11-23").out();
        assertTrue(passes.contains("pass 1: D1 from 2026-11-16 to 2026-12-18"), passes);
    }

    @Test
    @DisplayName("a pass holder still out when the afternoon register is taken is coded N for it, and shows as still out")
    void stillOut() throws Exception {
        as("pat", "1357", "lunch", "out", "--pupil", "D1", "--collected-by", "Sarah Jones", "--at", "2026-11-23T12:20:00");
        String register = lategate(LATE_AFTERNOON, "lunch", "register", "--school", DEMO, "--db", db, "--date",
                "2026-11-23").out();
        assertTrue(register.contains("STILL OUT") && register.contains("LATE BACK"), register);
        String offSite = lategate(LATE_AFTERNOON, "off-site", "--school", DEMO, "--db", db).out();
        assertTrue(offSite.contains("lunchtime pass") && offSite.contains("OVERDUE"), offSite);
    }
}
