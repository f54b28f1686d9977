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
 * Seagrave §16: "Pupils who obtain more than 10 unauthorised absences ... may be subject to a Penalty
 * Notice". The shipped file says penalty_notice_more_than = 10: 10 U sessions do not reach it, 11 do, and
 * the report states the number as the policy does.
 */
class PolicyStatesMoreThanTest {

    private static final String SEAGRAVE = "config/schools/seagrave.toml";
    private static final Clock FRIDAY_25_SEPT = Clock.fixed(Instant.parse("2026-09-25T16:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("Seagrave §16 \"more than 10 unauthorised absences\": 10 U are approaching, the 11th reaches it")
    void tenDoesNotReachItElevenDoes() throws Exception {
        String db = dir.resolve("seagrave.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nS1,Amelia,Jones,4,4B,SVP0001\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate(FRIDAY_25_SEPT, "roster", "import", "--school", SEAGRAVE, "--db", db,
                roster.toString()).exit());
        // Seagrave's morning register closes at 09:00 (§7.1, §8): 09:30 is U. Pupils from Thu 3 Sep.
        List<String> days = List.of("2026-09-03", "2026-09-04", "2026-09-07", "2026-09-08", "2026-09-09",
                "2026-09-10", "2026-09-11", "2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17");
        for (String day : days) {
            CommandLineRun run = lategate(FRIDAY_25_SEPT, "sign-in", "--school", SEAGRAVE, "--db", db, "--badge",
                    printed("SVP0001"), "--at", day + "T09:30:00");
            assertEquals(0, run.exit(), run.err());
        }
        CommandLineRun ten = lategate(FRIDAY_25_SEPT, "report", "thresholds", "--school", SEAGRAVE, "--db", db,
                "--on", "2026-09-16", "--csv");
        assertEquals(0, ten.exit(), ten.err());
        String tenRow = ten.out().lines().filter(l -> l.contains(",penalty_notice,")).findFirst().orElseThrow();
        assertTrue(tenRow.startsWith("S1,Amelia,Jones,4,4B,penalty_notice,approaching,10,11,"), tenRow);

        CommandLineRun eleven = lategate(FRIDAY_25_SEPT, "report", "thresholds", "--school", SEAGRAVE, "--db", db,
                "--on", "2026-09-17");
        assertEquals(0, eleven.exit(), eleven.err());
        assertTrue(eleven.out().contains("penalty notice: more than 10 U sessions in 10 school weeks"),
                eleven.out());
        assertTrue(eleven.out().contains("11 U in school weeks 1-3: penalty notice threshold reached"),
                eleven.out());
    }

    @Test
    @DisplayName("a file may give penalty_notice_sessions or penalty_notice_more_than, not both: config check says which line")
    void bothNumbersAreAnError() throws Exception {
        Path school = Files.createDirectories(dir.resolve("s")).resolve("demo.toml");
        Files.writeString(school, Files.readString(Path.of("config/schools/demo.toml"))
                .replace("penalty_notice_sessions = 10", "penalty_notice_sessions = 10\npenalty_notice_more_than = 10"));
        CommandLineRun check = lategate(FRIDAY_25_SEPT, "config", "check", school.toString());
        assertEquals(1, check.exit(), check.out());
        assertTrue((check.out() + check.err()).contains("thresholds.penalty_notice_more_than: give "
                + "penalty_notice_sessions (reached at that number) or penalty_notice_more_than (reached one above "
                + "it), not both"), check.out() + check.err());
    }
}
