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
 * The words of the staged letters (Oak Meadow §21, Appendix 1) as a family reads them, from the
 * shipped templates on the demo school (stage 1 at 3 late marks in a block) and a real database
 * file. Block 1 is 3-25 September 2026, block 2 28 September-23 October, block 3 2-27 November.
 */
class StageLetterWordingTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_25_SEP = at("2026-09-25T15:30:00Z");
    private static final Clock FRIDAY_23_OCT = at("2026-10-23T15:30:00Z");
    private static final Clock FRIDAY_27_NOV = at("2026-11-27T15:30:00Z");

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
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\nD3,Isla,Khan,4,4B,DEMO0003\n",
                StandardCharsets.UTF_8);
        assertEquals(0, lategate(FRIDAY_23_OCT, "roster", "import", "--school", DEMO, "--db", db, roster.toString())
                .exit());
        // Block 1: Amelia 3 L and Isla 3 L (stage 1); Oliver 2 L (under the entry level).
        // Block 2: Amelia 4 L (up to stage 2), Oliver 3 L (proposed stage 1), Isla 1 L (down).
        // Block 3: Amelia none (down).
        for (String[] scan : new String[][] {
                {"DEMO0001", "2026-09-07"}, {"DEMO0001", "2026-09-08"}, {"DEMO0001", "2026-09-09"},
                {"DEMO0003", "2026-09-07"}, {"DEMO0003", "2026-09-08"}, {"DEMO0003", "2026-09-09"},
                {"DEMO0002", "2026-09-07"}, {"DEMO0002", "2026-09-08"},
                {"DEMO0001", "2026-10-05"}, {"DEMO0001", "2026-10-06"}, {"DEMO0001", "2026-10-07"},
                {"DEMO0001", "2026-10-08"},
                {"DEMO0002", "2026-10-12"}, {"DEMO0002", "2026-10-13"}, {"DEMO0002", "2026-10-14"},
                {"DEMO0003", "2026-10-12"}}) {
            CommandLineRun run = lategate(FRIDAY_23_OCT, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1] + "T08:55:00");
            assertEquals(0, run.exit(), run.err());
        }
        CommandLineRun head = withPins("1234\n", FRIDAY_25_SEP, "staff", "add", "--school", DEMO, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Head of School", "--role", "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun lead = withPins("1234\n1234\n", FRIDAY_25_SEP, "staff", "add", "--school", DEMO, "--db", db,
                "--as", "head", "--username", "lead", "--name", "Priya Shah", "--position", "Attendance lead",
                "--role", "attendance-lead");
        assertEquals(0, lead.exit(), lead.err());
    }

    private void stages(Clock clock, String... args) {
        List<String> all = new ArrayList<>(List.of("stages", args[0], "--school", DEMO, "--db", db, "--staff", "lead"));
        all.addAll(List.of(args).subList(1, args.length));
        CommandLineRun run = withPins("1234\n", clock, all.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
    }

    private Path letters(Clock clock, int block) {
        Path out = dir.resolve("letters-" + block);
        CommandLineRun run = lategate(clock, "letters", "--school", DEMO, "--db", db, "--block",
                Integer.toString(block), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    @Test
    @DisplayName("letters count late arrivals in words: \"1 time\", never \"1 times\", and never \"0 times\"")
    void countsInWords() throws Exception {
        stages(FRIDAY_25_SEP, "confirm", "--block", "1");
        stages(FRIDAY_23_OCT, "confirm", "--block", "2");
        stages(FRIDAY_27_NOV, "confirm", "--block", "3");

        String once = Files.readString(letters(FRIDAY_27_NOV, 2).resolve("block-2-D3-positive.txt"));
        assertTrue(once.contains("Isla\narrived late 1 time, against 3 late arrivals in the four weeks before."), once);
        String never = Files.readString(letters(FRIDAY_27_NOV, 3).resolve("block-3-D1-positive.txt"));
        assertTrue(never.contains("Amelia\nwas not late at all, against 4 late arrivals in the four weeks before."),
                never);
        for (Path folder : List.of(dir.resolve("letters-2"), dir.resolve("letters-3"))) {
            try (var files = Files.list(folder)) {
                for (Path letter : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    String text = Files.readString(letter);
                    assertFalse(text.matches("(?s).*\\b1 times\\b.*") || text.contains("0 times")
                            || text.matches("(?s).*\\b1 late arrivals\\b.*"), letter + ":\n" + text);
                }
            }
        }
    }

    @Test
    @DisplayName("overridden from no stage straight to stage 2, the letter claims no earlier letter and no "
            + "\"no improvement\"; a pupil climbing from stage 1 is told both")
    void stageTwoStraightFromNoStage() throws Exception {
        stages(FRIDAY_25_SEP, "confirm", "--block", "1");
        stages(FRIDAY_23_OCT, "override", "--block", "2", "--pupil", "D2", "--stage", "2", "--because",
                "persistent lateness known from last year");
        stages(FRIDAY_23_OCT, "confirm", "--block", "2");
        Path out = letters(FRIDAY_23_OCT, 2);

        String straight = Files.readString(out.resolve("block-2-D2-stage-2.txt"));
        assertTrue(straight.contains("punctuality, Stage 2\n\nWe are writing to you about Oliver's punctuality. In "
                + "school weeks"), straight);
        assertTrue(straight.contains("Oliver arrived late 3 times (3\nbefore the register closed"), straight);
        assertFalse(straight.contains("We wrote to you"), straight);
        assertFalse(straight.contains("no improvement"), straight);

        String climbed = Files.readString(out.resolve("block-2-D1-stage-2.txt"));
        assertTrue(climbed.contains("We wrote to you about Amelia's punctuality."), climbed);
        assertTrue(climbed.contains("in the\nfour weeks before. This shows no improvement."), climbed);
    }

    @Test
    @DisplayName("overridden from no stage straight to stage 3, the letter speaks of no meeting, no earlier letter "
            + "and no \"no improvement\"")
    void stageThreeStraightFromNoStage() throws Exception {
        stages(FRIDAY_25_SEP, "confirm", "--block", "1");
        stages(FRIDAY_23_OCT, "override", "--block", "2", "--pupil", "D2", "--stage", "3", "--because",
                "known to the local authority");
        Path out = letters(FRIDAY_23_OCT, 2);

        String straight = Files.readString(out.resolve("block-2-D2-stage-3.txt"));
        assertTrue(straight.contains("punctuality, Stage 3\n\nWe are writing to you about Oliver's punctuality."),
                straight);
        assertFalse(straight.contains("meeting,"), straight);
        assertFalse(straight.contains("Despite"), straight);
        assertFalse(straight.contains("not improved"), straight);
        assertFalse(straight.contains("no improvement"), straight);
    }
}
