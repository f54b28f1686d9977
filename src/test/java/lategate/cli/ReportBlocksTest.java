package lategate.cli;

import static lategate.TestBadges.printed;
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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `report blocks --csv`: the column contract, amendments and repeats, and refusals. */
class ReportBlocksTest {

    @TempDir
    Path dir;
    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_27_NOV = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"),
            ZoneId.of("Europe/London"));

    @Test
    @DisplayName("block 3 CSV: exact columns; a U amended to M drops out; a repeat scan counts once; change from block 2")
    void blockThreeCsv() throws Exception {
        String db = dir.resolve("d.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n", StandardCharsets.UTF_8);
        lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db, roster.toString());
        for (String[] scan : new String[][] {
                {"DEMO0001", "2026-10-21T08:55:00"},   // block 2: L, 10 minutes
                {"DEMO0001", "2026-11-23T09:00:00"},   // block 3: L, 15
                {"DEMO0001", "2026-11-23T09:05:00"},   // repeat: never a second mark
                {"DEMO0001", "2026-11-24T09:20:00"},   // block 3: U, 35
                {"DEMO0002", "2026-11-25T09:40:00"}}) { // block 3: U, 55, amended to M below
            assertEquals(0, lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1]).exit());
        }
        assertEquals(0, withPins("1234\n", FRIDAY_27_NOV, "staff", "add", "--school", DEMO, "--db", db, "--username",
                "head", "--name", "Sam Head", "--position", "Head of School", "--role", "administrator").exit());
        CommandLineRun amend = withPins("1234\n", FRIDAY_27_NOV, "amend", "pupil", "--school", DEMO, "--db", db,
                "--staff", "head", "--pupil", "D2", "--date", "2026-11-25", "--register", "AM", "--code", "M",
                "--reason", "hospital appointment");
        assertEquals(0, amend.exit(), amend.err());

        CommandLineRun report = lategate(FRIDAY_27_NOV, "report", "blocks", "--school", DEMO, "--db", db, "--block",
                "3", "--csv");
        assertEquals(0, report.exit(), report.err());
        List<String> lines = report.out().lines().toList();
        assertEquals("block,first_week,last_week,pupil_id,given_name,family_name,year,class,late_l,late_u,"
                + "minutes_late,change,stage", lines.get(0));
        assertEquals(List.of("3,9,12,D1,Amelia,Jones,4,4B,1,1,50,1,0"), lines.subList(1, lines.size()));
    }

    @Test
    @DisplayName("a pupil late twice in block 2 and never in block 3 keeps a CSV row with change -2: the drop is the point")
    void pupilWhoDroppedToZeroKeepsARow() throws Exception {
        String db = dir.resolve("d.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD3,Noor,Hussain,6,6C,DEMO0003\nD4,Ava,Brown,3,3A,DEMO0004\n",
                StandardCharsets.UTF_8);
        lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db, roster.toString());
        for (String[] scan : new String[][] {
                {"DEMO0003", "2026-10-20T08:55:00"},   // block 2: L
                {"DEMO0003", "2026-10-21T09:20:00"},   // block 2: U
                {"DEMO0001", "2026-11-23T09:00:00"},   // block 3: L, 15 minutes
                {"DEMO0004", "2026-11-24T08:40:00"}}) { // block 3: on time, never late at all
            assertEquals(0, lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1]).exit());
        }
        CommandLineRun report = lategate(FRIDAY_27_NOV, "report", "blocks", "--school", DEMO, "--db", db, "--block",
                "3", "--csv");
        assertEquals(0, report.exit(), report.err());
        List<String> lines = report.out().lines().toList();
        assertEquals(List.of("3,9,12,D1,Amelia,Jones,4,4B,1,0,15,1,0", "3,9,12,D3,Noor,Hussain,6,6C,0,0,0,-2,0"),
                lines.subList(1, lines.size()));

        CommandLineRun table = lategate(FRIDAY_27_NOV, "report", "blocks", "--school", DEMO, "--db", db, "--block", "3");
        assertTrue(table.out().contains("Noor Hussain"), table.out());
        assertTrue(table.out().contains("1 pupil with late marks"), table.out());
    }

    @Test
    @DisplayName("a block that has not started, or is not in the year, is refused with a message")
    void refusals() throws Exception {
        String db = dir.resolve("d.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nD1,A,B,4,4B,DEMO0001\n",
                StandardCharsets.UTF_8);
        lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db, roster.toString());
        CommandLineRun future = lategate(FRIDAY_27_NOV, "report", "blocks", "--school", DEMO, "--db", db, "--block", "5");
        assertEquals(1, future.exit());
        assertTrue(future.err().contains("block 5 has not started"), future.err());
        CommandLineRun beyond = lategate(FRIDAY_27_NOV, "report", "blocks", "--school", DEMO, "--db", db, "--block", "11");
        assertEquals(1, beyond.exit());
        assertTrue(beyond.err().contains("is not in Demo Primary School's academic year: it has 10 blocks"), beyond.err());
    }

    @Test
    @DisplayName("report thresholds: ten U in ten school weeks is 'reached', with the dates that put the pupil there")
    void thresholdsCsv() throws Exception {
        String db = dir.resolve("d.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nD1,Amelia,Jones,4,4B,DEMO0001\n",
                StandardCharsets.UTF_8);
        lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db, roster.toString());
        for (String day : List.of("16", "17", "18", "19", "20", "23", "24", "25", "26", "27")) {
            assertEquals(0, lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed("DEMO0001"), "--at", "2026-11-" + day + "T09:30:00").exit());
        }
        CommandLineRun report = lategate(FRIDAY_27_NOV, "report", "thresholds", "--school", DEMO, "--db", db, "--on",
                "2026-11-27", "--csv");
        assertEquals(0, report.exit(), report.err());
        List<String> lines = report.out().lines().toList();
        assertEquals("pupil_id,given_name,family_name,year,class,threshold,level,u_sessions,limit,first_week,"
                + "last_week,u_dates,window_starts,note", lines.get(0));
        assertTrue(lines.get(1).startsWith("D1,Amelia,Jones,4,4B,penalty_notice,reached,10,10,3,12,2026-11-16 AM;"),
                lines.get(1));
        CommandLineRun outside = lategate(FRIDAY_27_NOV, "report", "thresholds", "--school", DEMO, "--db", db, "--on",
                "2027-08-15");
        assertEquals(1, outside.exit());
        assertTrue(outside.err().contains("is outside the academic year"), outside.err());
    }
}
