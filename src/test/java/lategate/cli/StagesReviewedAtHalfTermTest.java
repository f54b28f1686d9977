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
import lategate.store.Database;
import lategate.store.SqliteStageDecisions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage cadence per school ([stages] review). The same pupil, late 3 times in block 1 (school
 * weeks 1-4, 3 to 25 September 2026) and 4 times in block 2 (weeks 5-8, 28 September to 23
 * October), both inside the autumn term's first half (3 September to 23 October): at the demo
 * school (review "block", the default) the ladder proposes at each block's end, so the pupil
 * climbs twice; at Oak Meadow (review "half-term", Oak Meadow Appendix 1: "any of the 5 review
 * points (Oct / Dec / Feb / Apr / May / June)"; Appendix 2 "Half termly") it proposes only at the
 * half-term's end, one step. The blocks stay the tracking unit for both.
 */
class StagesReviewedAtHalfTermTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final String OAK_MEADOW = "config/schools/oak-meadow.toml";
    private static final Clock FRIDAY_25_SEP = at("2026-09-25T15:30:00Z");
    private static final Clock FRIDAY_23_OCT = at("2026-10-23T15:30:00Z");
    private static final Clock FRIDAY_27_NOV = at("2026-11-27T15:30:00Z");
    private static final Clock FRIDAY_18_DEC = at("2026-12-18T15:30:00Z");

    @TempDir
    Path dir;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"));
    }

    /** One pupil, A1, late at 08:55 (after both schools' register is taken, before it closes). */
    private String school(String settings, String... lateDays) throws Exception {
        String db = dir.resolve("school.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "A1,Amelia,Jones,4,4B,BADGE001\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_18_DEC, "roster", "import", "--school", settings, "--db", db,
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String day : lateDays) {
            CommandLineRun run = lategate(FRIDAY_18_DEC, "sign-in", "--school", settings, "--db", db, "--badge",
                    printed("BADGE001"), "--at", day + "T08:55:00");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("L"), run.out());
        }
        CommandLineRun head = withPins("1234\n", FRIDAY_25_SEP, "staff", "add", "--school", settings, "--db", db,
                "--username", "lead", "--name", "Priya Shah", "--position", "Attendance lead", "--role",
                "administrator");
        assertEquals(0, head.exit(), head.err());
        return db;
    }

    private static final String[] AUTUMN_FIRST_HALF = {
        // block 1: 3 late marks, the entry level
        "2026-09-07", "2026-09-08", "2026-09-09",
        // block 2: 4 late marks, a decline
        "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"};

    private static CommandLineRun stages(String settings, String db, Clock clock, String... args) {
        List<String> all = new ArrayList<>(List.of("stages", args[0], "--school", settings, "--db", db));
        all.addAll(List.of(args).subList(1, args.length));
        return withPins("1234\n", clock, all.toArray(String[]::new));
    }

    private static int decisions(String db) {
        try (Database database = Database.open(Path.of(db))) {
            return new SqliteStageDecisions(database).all().size();
        }
    }

    @Test
    @DisplayName("at a \"block\" school a pupil late enough in two consecutive blocks climbs at each block's end: "
            + "stage 1, then stage 2")
    void blockSchoolClimbsPerBlock() throws Exception {
        String db = school(DEMO, AUTUMN_FIRST_HALF);
        CommandLineRun block1 = stages(DEMO, db, FRIDAY_25_SEP, "list", "--block", "1");
        assertTrue(block1.out().contains("A1        Amelia Jones                no stage     -> stage 1"), block1.out());
        assertEquals(0, stages(DEMO, db, FRIDAY_25_SEP, "confirm", "--block", "1", "--staff", "lead").exit());

        CommandLineRun block2 = stages(DEMO, db, FRIDAY_23_OCT, "list", "--block", "2");
        assertTrue(block2.out().contains("A1        Amelia Jones                stage 1      -> stage 2"), block2.out());
        assertTrue(block2.out().contains("4 late marks in block 2 against 3 in block 1 is a decline"), block2.out());
    }

    @Test
    @DisplayName("Oak Meadow Appendix 1: the same pupil climbs once, at the half-term review on 23 October, from "
            + "the half-term's 7 late marks; block 1 holds no review and says when the next is")
    void halfTermSchoolClimbsOnceAtTheReview() throws Exception {
        String db = school(OAK_MEADOW, AUTUMN_FIRST_HALF);

        CommandLineRun block1 = stages(OAK_MEADOW, db, FRIDAY_25_SEP, "list", "--block", "1");
        assertEquals(0, block1.exit(), block1.err());
        assertTrue(block1.out().contains("No proposals: block 1 holds no stage review: stages are reviewed at the end "
                + "of each half-term (Attendance and Absence Policy §21 and Appendix 1); next review: 2026-10-23, the end of Autumn term, first "
                + "half (block 2)"), block1.out());
        assertFalse(block1.out().contains("-> stage"), block1.out());
        CommandLineRun early = stages(OAK_MEADOW, db, FRIDAY_25_SEP, "confirm", "--block", "1", "--staff", "lead");
        assertEquals(1, early.exit());
        assertTrue(early.err().contains("block 1 holds no stage review"), early.err());
        assertEquals(0, decisions(db));

        // Tracking stays 4-weekly: block 1's tally is reported as before, with when stages are next reviewed.
        CommandLineRun blocks = lategate(FRIDAY_25_SEP, "report", "blocks", "--school", OAK_MEADOW, "--db", db,
                "--block", "1");
        assertEquals(0, blocks.exit(), blocks.err());
        assertTrue(blocks.out().contains("1 pupil with late marks"), blocks.out());
        assertTrue(blocks.out().contains("Stages: block 1 holds no stage review"), blocks.out());
        assertTrue(blocks.out().contains("next review: 2026-10-23"), blocks.out());

        CommandLineRun review = stages(OAK_MEADOW, db, FRIDAY_23_OCT, "list");
        assertEquals(0, review.exit(), review.err());
        assertTrue(review.out().contains("Stage proposals at the end of Autumn term, first half (2026-09-03 to "
                + "2026-10-23), recorded against block 2"), review.out());
        assertTrue(review.out().contains("A1        Amelia Jones                no stage     -> stage 1"), review.out());
        assertTrue(review.out().contains("7 late marks in Autumn term, first half reaches the entry level of 3: "
                + "stage 1 letter"), review.out());
        CommandLineRun confirm = stages(OAK_MEADOW, db, FRIDAY_23_OCT, "confirm", "--block", "2", "--staff", "lead");
        assertEquals(0, confirm.exit(), confirm.err());
        assertTrue(confirm.out().contains("Confirmed A1: no stage -> stage 1 for block 2."), confirm.out());
        assertEquals(1, decisions(db));
    }

    @Test
    @DisplayName("Oak Meadow Appendix 1: between reviews (block 3) nothing is proposed; at the December review "
            + "a worse half-term moves the pupil one step, judged against the half-term before")
    void nextHalfTermIsJudgedAgainstTheOneBefore() throws Exception {
        List<String> days = new ArrayList<>(List.of(AUTUMN_FIRST_HALF));
        // Autumn second half (2 Nov to 18 Dec): 8 late marks, in blocks 3 and 4.
        days.addAll(List.of("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-09", "2026-12-07",
                "2026-12-08", "2026-12-09"));
        String db = school(OAK_MEADOW, days.toArray(String[]::new));
        assertEquals(0, stages(OAK_MEADOW, db, FRIDAY_23_OCT, "confirm", "--block", "2", "--staff", "lead").exit());

        CommandLineRun block3 = stages(OAK_MEADOW, db, FRIDAY_27_NOV, "list", "--block", "3");
        assertTrue(block3.out().contains("block 3 holds no stage review"), block3.out());
        assertTrue(block3.out().contains("next review: 2026-12-18, the end of Autumn term, second half (block 4)"),
                block3.out());
        assertFalse(block3.out().contains("-> stage"), block3.out());

        CommandLineRun december = stages(OAK_MEADOW, db, FRIDAY_18_DEC, "list", "--block", "4");
        assertTrue(december.out().contains("A1        Amelia Jones                stage 1      -> stage 2"),
                december.out());
        assertTrue(december.out().contains("8 late marks in Autumn term, second half against 7 in Autumn term, first "
                + "half is a decline: up from stage 1 to stage 2"), december.out());
    }

    @Test
    @DisplayName("a [stages] review that is neither \"block\" nor \"half-term\" is an error at its file and line; "
            + "nothing opens on it")
    void badReviewIsAnErrorAtItsLine() throws Exception {
        Path file = dir.resolve("oak-meadow.toml");
        List<String> lines = Files.readAllLines(Path.of(OAK_MEADOW), StandardCharsets.UTF_8);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("review = ")) {
                lines.set(i, "review = \"termly\"");
                line = i + 1;
            }
        }
        assertTrue(line > 0, "Oak Meadow's file sets [stages] review");
        Files.write(file, lines, StandardCharsets.UTF_8);
        CommandLineRun check = lategate("config", "check", file.toString());
        assertEquals(1, check.exit(), check.out());
        assertTrue(check.err().contains(file + ":" + line + ": stages.review: 'termly' is not \"block\""),
                check.err());
    }
}
