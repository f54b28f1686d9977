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
import lategate.store.Database;
import lategate.store.SqliteStageDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attendance lead deciding staged letters (Oak Meadow §21, Appendix 1) from the command line,
 * on the demo school (enter stage 1 at 3 late marks in a block) and a real database file. Block 1
 * is school weeks 1-4, Thursday 3 to Friday 25 September 2026; block 2 is weeks 5-8, Monday 28
 * September to Friday 23 October.
 */
class AttendanceLeadDecidingStagesTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock THURSDAY_24_SEP = at("2026-09-24T15:00:00Z");
    private static final Clock FRIDAY_25_SEP = at("2026-09-25T15:30:00Z");
    private static final Clock FRIDAY_23_OCT = at("2026-10-23T15:30:00Z");

    @TempDir
    Path dir;
    private String db;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"));
    }

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate(FRIDAY_23_OCT, "roster", "import", "--school", DEMO, "--db", db, roster.toString())
                .exit());
        // Block 1: Amelia late on 7, 8 and 9 September (3 L: the entry level); Oliver on 7 and 8 (2 L).
        // Block 2: Amelia 4 L (a decline), Oliver 3 L (enters stage 1).
        for (String[] scan : new String[][] {
                {"DEMO0001", "2026-09-07"}, {"DEMO0001", "2026-09-08"}, {"DEMO0001", "2026-09-09"},
                {"DEMO0002", "2026-09-07"}, {"DEMO0002", "2026-09-08"},
                {"DEMO0001", "2026-10-05"}, {"DEMO0001", "2026-10-06"}, {"DEMO0001", "2026-10-07"},
                {"DEMO0001", "2026-10-08"},
                {"DEMO0002", "2026-10-12"}, {"DEMO0002", "2026-10-13"}, {"DEMO0002", "2026-10-14"}}) {
            CommandLineRun run = lategate(FRIDAY_23_OCT, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1] + "T08:55:00");
            assertEquals(0, run.exit(), run.err());
        }
        staff("head", "Sam Head", "Head of School", "administrator", "");
        staff("lead", "Priya Shah", "Attendance lead", "attendance-lead", "--as");
        staff("office", "Jo Bloggs", "Office manager", "receptionist", "--as");
    }

    private void staff(String user, String name, String position, String role, String as) {
        List<String> args = new java.util.ArrayList<>(List.of("staff", "add", "--school", DEMO, "--db", db,
                "--username", user, "--name", name, "--position", position, "--role", role));
        if (!as.isEmpty()) {
            args.addAll(List.of("--as", "head"));
        }
        CommandLineRun run = withPins(as.isEmpty() ? "1234\n" : "1234\n1234\n", FRIDAY_25_SEP,
                args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun stages(Clock clock, String pins, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("stages"));
        if (args.length > 0 && !args[0].startsWith("--")) {
            all.add(args[0]);
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        all.addAll(List.of("--school", DEMO, "--db", db));
        all.addAll(List.of(args));
        return withPins(pins, clock, all.toArray(String[]::new));
    }

    private int decisions() {
        try (Database database = Database.open(Path.of(db))) {
            return new SqliteStageDecisions(database).all().size();
        }
    }

    @Test
    @DisplayName("3 late marks in block 1 is proposed stage 1 at the block's end, with the rule's sentence")
    void proposalAtBlockEnd() {
        CommandLineRun before = stages(THURSDAY_24_SEP, "", "list", "--block", "1");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().contains("The block has not ended"), before.out());
        CommandLineRun run = stages(FRIDAY_25_SEP, "", "list", "--block", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("D1        Amelia Jones                no stage     -> stage 1    awaiting your "
                + "decision"), run.out());
        assertTrue(run.out().contains("3 late marks in block 1 reaches the entry level of 3: stage 1 letter "
                + "[enters stage 1]"), run.out());
        assertTrue(!run.out().contains("D2 "), "2 late marks is under the entry level: " + run.out());
    }

    @Test
    @DisplayName("a receptionist cannot decide stages, and nobody can before the block ends: nothing is recorded")
    void whoAndWhen() {
        CommandLineRun office = stages(FRIDAY_25_SEP, "1234\n", "confirm", "--block", "1", "--staff", "office");
        assertEquals(1, office.exit());
        assertTrue(office.err().contains("Jo Bloggs is a receptionist: only an attendance lead or an administrator "
                + "may decide stages"), office.err());
        CommandLineRun early = stages(THURSDAY_24_SEP, "1234\n", "confirm", "--block", "1", "--staff", "lead");
        assertEquals(1, early.exit());
        assertTrue(early.err().contains("block 1 has not ended: stages are decided from its last school day, "
                + "2026-09-25"), early.err());
        assertEquals(0, decisions());
    }

    @Test
    @DisplayName("confirmed in block 1, a decline in block 2 proposes stage 2; the lead overrides to hold at 1, saying why")
    void confirmThenOverride() {
        CommandLineRun confirm = stages(FRIDAY_25_SEP, "1234\n", "confirm", "--block", "1", "--staff", "lead");
        assertEquals(0, confirm.exit(), confirm.err());
        assertTrue(confirm.out().contains("Confirmed D1: no stage -> stage 1 for block 1."), confirm.out());

        CommandLineRun block2 = stages(FRIDAY_23_OCT, "", "list", "--block", "2");
        assertTrue(block2.out().contains("4 late marks in block 2 against 3 in block 1 is a decline: up from stage 1 "
                + "to stage 2"), block2.out());
        assertTrue(block2.out().contains("D2        Oliver Smith                no stage     -> stage 1"),
                block2.out());

        CommandLineRun noReason = stages(FRIDAY_23_OCT, "1234\n", "override", "--block", "2", "--pupil", "D1",
                "--stage", "1", "--because", " ", "--staff", "lead");
        assertEquals(1, noReason.exit());
        CommandLineRun same = stages(FRIDAY_23_OCT, "1234\n", "override", "--block", "2", "--pupil", "D1", "--stage",
                "2", "--because", "agreed", "--staff", "lead");
        assertEquals(1, same.exit());
        assertTrue(same.err().contains("confirm it instead"), same.err());
        CommandLineRun nobody = stages(FRIDAY_23_OCT, "1234\n", "override", "--block", "2", "--pupil", "D9",
                "--stage", "2", "--because", "x", "--staff", "lead");
        assertEquals(1, nobody.exit());
        assertTrue(nobody.err().contains("no pupil with id or name 'D9'"), nobody.err());
        assertEquals(1, decisions(), "refusals record nothing");

        CommandLineRun override = stages(FRIDAY_23_OCT, "1234\n", "override", "--block", "2", "--pupil", "D1",
                "--stage", "1", "--because", "bereavement in the family", "--staff", "lead");
        assertEquals(0, override.exit(), override.err());
        assertTrue(override.out().contains("Overrode D1 for block 2: proposed stage 2, decided stage 1, by Priya Shah, "
                + "Attendance lead: bereavement in the family."), override.out());
        CommandLineRun rest = stages(FRIDAY_23_OCT, "1234\n", "confirm", "--block", "2", "--staff", "lead");
        assertTrue(rest.out().contains("Confirmed D2: no stage -> stage 1 for block 2."), rest.out());
        assertTrue(rest.out().contains("1 decision recorded"), "D1 is decided already: " + rest.out());

        CommandLineRun csv = lategate(FRIDAY_23_OCT, "report", "blocks", "--school", DEMO, "--db", db, "--block", "2",
                "--csv");
        assertEquals(List.of("2,5,8,D1,Amelia,Jones,4,4B,4,0,40,1,1", "2,5,8,D2,Oliver,Smith,5,5A,3,0,30,1,1"),
                csv.out().lines().skip(1).toList(), "10 minutes each (08:55 against 08:45); stage as decided");

        CommandLineRun pupil = lategate(FRIDAY_23_OCT, "report", "pupil", "--school", DEMO, "--db", db, "D1");
        assertEquals(0, pupil.exit(), pupil.err());
        assertTrue(pupil.out().contains("Stage: stage 1"), pupil.out());
        assertTrue(pupil.out().contains("block 2: stage 1 -> stage 1 (overridden from proposed stage 2) by Priya Shah "
                + "(Attendance lead): bereavement in the family"), pupil.out());
        assertTrue(pupil.out().contains("7 late arrivals this year:"), pupil.out());
    }

    @Test
    @DisplayName("the pupil report gives each arrival's sentence, then the reason, each ending with one full stop")
    void pupilReportSentences() {
        CommandLineRun scan = lategate(FRIDAY_23_OCT, "sign-in", "--school", DEMO, "--db", db, "--badge",
                printed("DEMO0002"), "--at", "2026-10-15T08:55:00", "--reason", "transport");
        assertEquals(0, scan.exit(), scan.err());
        CommandLineRun pupil = lategate(FRIDAY_23_OCT, "report", "pupil", "--school", DEMO, "--db", db, "D2");
        assertEquals(0, pupil.exit(), pupil.err());
        assertTrue(pupil.out().contains("which counts as present. Reason: "), pupil.out());
        assertTrue(!pupil.out().contains(".."), "no doubled full stop: " + pupil.out());
    }

    @Test
    @DisplayName("letters: one per decided change from the school's templates, a positive letter on the way down, "
            + "and a mail-merge list; undecided proposals get none")
    void lettersForDecidedChanges() throws Exception {
        Path out = dir.resolve("letters");
        CommandLineRun none = lategate(FRIDAY_25_SEP, "letters", "--school", DEMO, "--db", db, "--block", "1",
                "--out", out.toString());
        assertEquals(0, none.exit(), none.err());
        assertTrue(none.out().contains("No stage changes decided for block 1"), none.out());
        assertTrue(!Files.exists(out), "nothing written before the lead decides");

        assertEquals(0, stages(FRIDAY_25_SEP, "1234\n", "confirm", "--block", "1", "--staff", "lead").exit());
        // Block 3 (2-27 November): Amelia has no late marks, under the entry level: down to no stage, "+ive".
        Clock friday27Nov = at("2026-11-27T15:30:00Z");
        assertEquals(0, stages(friday27Nov, "1234\n", "override", "--block", "2", "--pupil", "D1", "--stage", "1",
                "--because", "bereavement in the family", "--staff", "lead").exit());
        CommandLineRun three = stages(friday27Nov, "1234\n", "confirm", "--block", "3", "--staff", "lead");
        assertTrue(three.out().contains("Confirmed D1: stage 1 -> no stage for block 3."), three.out());

        CommandLineRun one = lategate(friday27Nov, "letters", "--school", DEMO, "--db", db, "--block", "1", "--out",
                out.toString());
        assertEquals(0, one.exit(), one.err());
        String letter = Files.readString(out.resolve("block-1-D1-stage-1.txt"));
        assertTrue(letter.startsWith("Demo Primary School\n27 November 2026\n\nDear Parent/Carer,"), letter);
        assertTrue(letter.contains("Amelia arrived late 3 times:\n3 before the register closed and 0 after it closed, "
                + "30 minutes"), letter);
        assertTrue(letter.endsWith("Yours sincerely,\n\nPriya Shah\nAttendance lead\n"), letter);
        List<String> merge = Files.readAllLines(out.resolve("mail-merge.csv"));
        assertEquals(List.of("pupil_id,given_name,family_name,year,class,parent_name,block,previous_stage,stage,letter,"
                + "template,decided_by,file", "D1,Amelia,Jones,4,4B,Parent/Carer,1,0,1,stage 1,stage-1.txt,"
                + "Priya Shah (Attendance lead),block-1-D1-stage-1.txt"), merge);

        CommandLineRun two = lategate(friday27Nov, "letters", "--school", DEMO, "--db", db, "--block", "2", "--out",
                dir.resolve("letters-2").toString());
        assertTrue(two.out().contains("No stage changes decided for block 2"), "held at stage 1 is no change: "
                + two.out());

        Path positive = dir.resolve("letters-3");
        assertEquals(0, lategate(friday27Nov, "letters", "--school", DEMO, "--db", db, "--block", "3", "--out",
                positive.toString()).exit());
        assertTrue(Files.readString(positive.resolve("block-3-D1-positive.txt")).contains("well done!"));
    }

    @Test
    @DisplayName("a template naming an unknown field is refused with its file and line, and no letter is written")
    void unknownFieldInATemplate() throws Exception {
        assertEquals(0, stages(FRIDAY_25_SEP, "1234\n", "confirm", "--block", "1", "--staff", "lead").exit());
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("stage-1.txt"), "Dear {{parent_name}},\n\n{{given_name}} was late "
                + "{{late_marks}} times.\nYours, {{head_techer}}\n{{given_name\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("letters");
        CommandLineRun run = lategate(FRIDAY_25_SEP, "letters", "--school", DEMO, "--db", db, "--block", "1", "--out",
                out.toString(), "--templates", templates.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(templates.resolve("stage-1.txt") + ":4: {{head_techer}} is not a letter field; "
                + "the fields are "), run.err());
        assertTrue(run.err().contains(templates.resolve("stage-1.txt") + ":5: '{{' is not closed"), run.err());
        assertTrue(run.err().contains("No letters were written."), run.err());
        assertTrue(!Files.exists(out));
    }

    @Test
    @DisplayName("a pupil who left before a block began gets no proposal for it, though they carried a stage")
    void leaversGetNoProposal() throws Exception {
        assertEquals(0, stages(FRIDAY_25_SEP, "1234\n", "confirm", "--block", "1", "--staff", "lead").exit());
        Path roster = dir.resolve("without-amelia.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\nD2,Oliver,Smith,5,5A,DEMO0002\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate(at("2026-09-26T10:00:00Z"), "roster", "import", "--school", DEMO, "--db", db,
                roster.toString()).exit());
        CommandLineRun block2 = stages(FRIDAY_23_OCT, "", "list", "--block", "2");
        assertTrue(!block2.out().contains("D1 "), block2.out());
        assertTrue(block2.out().contains("D2 "), block2.out());
        CommandLineRun override = stages(FRIDAY_23_OCT, "1234\n", "override", "--block", "2", "--pupil", "D1",
                "--stage", "3", "--because", "x", "--staff", "lead");
        assertEquals(1, override.exit());
    }
}
