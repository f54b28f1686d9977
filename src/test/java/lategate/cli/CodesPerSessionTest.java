package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Which code fits which session and whose circumstances, as the School Attendance (Pupil
 * Registration) (England) Regulations 2024 and their code set have it: {@code /} is the morning's
 * present code and {@code \} the afternoon's; Y1 and Q are one pupil's circumstances; D is not
 * counted in possible sessions. Every test works on a real SQLite file through the command line.
 */
class CodesPerSessionTest {

    private static final String DEMO = "config/schools/demo.toml";
    /** 14:30 on Monday 23 November 2026, school time (GMT): both registers have been taken. */
    private static final Clock AFTERNOON = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"),
            ZoneId.of("Europe/London"));
    private static final String MONDAY = "2026-11-23";

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        StringBuilder roster = new StringBuilder("pupil_id,given_name,family_name,year,class,badge\n");
        for (int i = 1; i <= 6; i++) {
            roster.append(String.format("D%04d,Pupil,Number%d,5,5B,DEMO%04d%n", i, i, i));
        }
        Path rosterFile = dir.resolve("roster.csv");
        Files.writeString(rosterFile, roster.toString(), StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", DEMO, "--db", db, rosterFile.toString()).exit());
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

    private void signIn(String badge, String at, String... more) {
        List<String> args = new ArrayList<>(List.of("sign-in", "--school", DEMO, "--db", db, "--badge",
                printed(badge), "--at", at));
        args.addAll(List.of(more));
        CommandLineRun run = lategate(AFTERNOON, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
    }

    private String audit(String pupil) {
        CommandLineRun run = lategate(AFTERNOON, "audit", "--school", DEMO, "--db", db, "--pupil", pupil);
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    private CommandLineRun amendPupil(String pupil, String register, String code, String reason) {
        return asPat("amend", "pupil", "--pupil", pupil, "--date", MONDAY, "--register", register, "--code", code,
                "--reason", reason);
    }

    @Test
    @DisplayName("the morning register refuses \\ and says to use / (2024 code set: / is present in the morning "
            + "session)")
    void morningRegisterRefusesTheAfternoonPresentCodeAndNamesTheMorningOne() {
        signIn("DEMO0001", MONDAY + "T09:20:00");
        CommandLineRun wrong = amendPupil("D0001", "AM", "\\", "was in class, kiosk queue");
        assertEquals(1, wrong.exit(), wrong.out());
        assertTrue(wrong.err().contains("for afternoon registers only") && wrong.err().contains("use /"),
                wrong.err());
        assertFalse(audit("D0001").contains(" -> "), "nothing was amended");

        CommandLineRun right = amendPupil("D0001", "AM", "/", "was in class, kiosk queue");
        assertEquals(0, right.exit(), right.err());
        assertTrue(audit("D0001").contains("U -> /"), audit("D0001"));
    }

    @Test
    @DisplayName("the afternoon register refuses / and says to use \\ (2024 code set: \\ is present in the "
            + "afternoon session)")
    void afternoonRegisterRefusesTheMorningPresentCodeAndNamesTheAfternoonOne() {
        signIn("DEMO0002", MONDAY + "T13:30:00");
        CommandLineRun wrong = amendPupil("D0002", "PM", "/", "was in class after lunch");
        assertEquals(1, wrong.exit(), wrong.out());
        assertTrue(wrong.err().contains("for morning registers only") && wrong.err().contains("use \\"),
                wrong.err());

        CommandLineRun right = amendPupil("D0002", "PM", "\\", "was in class after lunch");
        assertEquals(0, right.exit(), right.err());
        assertTrue(audit("D0002").contains(" -> \\"), audit("D0002"));
    }

    @Test
    @DisplayName("one pupil's Y1 (transport normally provided not available) and Q (lack of access arrangements) "
            + "are accepted with a reason (2024 code set)")
    void onePupilsTransportAndAccessCircumstancesAreAcceptedWithAReason() {
        signIn("DEMO0003", MONDAY + "T09:40:00");
        signIn("DEMO0004", MONDAY + "T09:40:00");
        CommandLineRun y1 = amendPupil("D0003", "AM", "Y1", "the council's taxi did not come");
        assertEquals(0, y1.exit(), y1.err());
        assertTrue(audit("D0003").contains("U -> Y1"), audit("D0003"));
        CommandLineRun q = amendPupil("D0004", "AM", "q", "the ramp to the classroom was out of use");
        assertEquals(0, q.exit(), q.err());
        assertTrue(audit("D0004").contains("U -> Q"), audit("D0004"));

        CommandLineRun noReason = amendPupil("D0004", "AM", "Y1", " ");
        assertEquals(1, noReason.exit(), "a circumstance needs a reason like every amendment");
        CommandLineRun wholeSchool = amendPupil("D0003", "AM", "Y4", "site closed");
        assertEquals(1, wholeSchool.exit(), "Y4, the whole school site closed, is no one pupil's circumstance");
        assertTrue(wholeSchool.err().contains("not counted as a possible session"), wholeSchool.err());
    }

    @Test
    @DisplayName("a late bus provided as transport is amended to Y1 at once, each pupil with their own entry "
            + "(2024 code set: transport normally provided not available)")
    void lateBusOfProvidedTransportIsAmendedToY1() {
        signIn("DEMO0005", MONDAY + "T09:40:00", "--kiosk-id", "gate");
        signIn("DEMO0006", MONDAY + "T09:42:00", "--kiosk-id", "gate");
        CommandLineRun bus = asPat("amend", "late-bus", "--date", MONDAY, "--kiosk", "gate", "--from", "09:30",
                "--to", "09:50", "--code", "Y1", "--reason", "the local authority's bus broke down");
        assertEquals(0, bus.exit(), bus.err());
        assertTrue(bus.out().contains("2 entries amended"), bus.out());
        assertTrue(audit("D0005").contains("U -> Y1") && audit("D0006").contains("U -> Y1"));
    }

    @Test
    @DisplayName("codes lists D (dual registered) as not counted in possible sessions (2024 code set)")
    void codesListsDualRegisteredAsNotCounted() {
        CommandLineRun codes = lategate("codes");
        assertEquals(0, codes.exit(), codes.err());
        String d = codes.out().lines().filter(l -> l.startsWith("D ")).findFirst().orElseThrow();
        assertTrue(d.contains("Dual registered") && d.endsWith("not counted as a possible session"), d);
        String y1 = codes.out().lines().filter(l -> l.startsWith("Y1 ")).findFirst().orElseThrow();
        assertTrue(y1.endsWith("not counted as a possible session"), y1);
    }
}
