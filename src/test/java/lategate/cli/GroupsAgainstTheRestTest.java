package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups against the rest of the school (Oak Meadow Appendix 2: "Half-termly attendance tracking of
 * vulnerable groups"; issue 6: SEND, pupil premium, FSM, looked-after, EAL, year group, class), on
 * the demo school in block 3 (2-27 November 2026).
 */
class GroupsAgainstTheRestTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_27_NOV = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("two SEND pupils with 3 late marks between them is 150 per 100, against 1 in 2 for the rest: 50")
    void sendAgainstTheRest() throws Exception {
        String db = dir.resolve("d.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge,send,pupil_premium,fsm,lac,eal\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001,yes,,,,\n"
                + "D2,Oliver,Smith,4,4B,DEMO0002,yes,yes,,,\n"
                + "D3,Zoë,Nguyễn,5,5A,DEMO0003,,,,,yes\n"
                + "D4,Sam,O'Neill,5,5A,DEMO0004,,,,,\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db, roster.toString())
                .exit());
        for (String[] scan : new String[][] {{"DEMO0001", "2026-11-02"}, {"DEMO0001", "2026-11-03"},
                {"DEMO0002", "2026-11-04"}, {"DEMO0003", "2026-11-05"}, {"DEMO0003", "2026-10-21"}}) {
            assertEquals(0, lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1] + "T09:00:00").exit());
        }
        CommandLineRun run = lategate(FRIDAY_27_NOV, "report", "groups", "--school", DEMO, "--db", db, "--block", "3",
                "--csv");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("block,group,pupils,late_pupils,late_marks,per_100,rest_pupils,rest_late_pupils,rest_late_marks,"
                + "rest_per_100", lines.get(0));
        // Block 3 only: D3's 21 October arrival is in block 2.
        assertTrue(lines.contains("3,SEND,2,2,3,150.0,2,1,1,50.0"), run.out());
        assertTrue(lines.contains("3,Pupil premium,1,1,1,100.0,3,2,3,100.0"), run.out());
        assertTrue(lines.contains("3,EAL,1,1,1,100.0,3,2,3,100.0"), run.out());
        assertTrue(lines.contains("3,Looked after,0,0,0,0.0,4,3,4,100.0"), run.out());
        assertTrue(lines.contains("3,Year 4,2,2,3,150.0,2,1,1,50.0"), run.out());
        assertTrue(lines.contains("3,Class 5A,2,1,1,50.0,2,2,3,150.0"), run.out());

        CommandLineRun pupil = lategate(FRIDAY_27_NOV, "report", "pupil", "--school", DEMO, "--db", db, "D3");
        assertEquals(0, pupil.exit(), pupil.err());
        assertTrue(pupil.out().startsWith("Zoë Nguyễn (D3), year 5, class 5A"), pupil.out());
        assertTrue(pupil.out().contains("2 late arrivals this year:"), pupil.out());
        assertTrue(pupil.out().contains("Arrived 09:00:00 on Wednesday 21 October 2026, 15 minutes after the morning "
                + "register was taken at 08:45"), pupil.out());
        CommandLineRun missing = lategate(FRIDAY_27_NOV, "report", "pupil", "--school", DEMO, "--db", db, "D99");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no pupil with id or name 'D99'"), missing.err());
    }
}
