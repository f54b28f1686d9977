package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attendance lead's review as a trainer shows it: the packaged jar's demo with its made-up
 * lateness history, in a real terminal (tmux, 80x24), its clock on the last school day of block 3
 * (Friday 27 November 2026), the demo's attendance lead signed in at the kiosk. The table, the
 * heatmap and a pupil's page are read off the screen; a confirmation and an override are read
 * back from the database. The screens are also written to target/e2e-screens/ for the issue's
 * closing note.
 */
class LatenessReviewInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    @DisplayName("the demo with --lateness-history: the lead opens the review, confirms and overrides a stage, and reads the heatmap, a pupil's year and the patterns")
    void leadReviewsTheDemo() throws Exception {
        Path data = dir.resolve("demo");
        StringBuilder screens = new StringBuilder();
        try (Tmux tmux = new Tmux()) {
            tmux.start("k", Jar.javaCommand() + " demo --data " + data + " --lateness-history"
                    + " --clock 2026-11-27T15:30:00");
            tmux.waitFor("k", "The school day has ended", WAIT); // 15:30: no "Scan your badge" after the day
            String menu = KioskKeys.signInAsStaff(tmux, "k", "lead", "1234", WAIT);
            assertTrue(menu.contains("STAFF MODE: Ann Lowe, Attendance Lead"), menu);
            assertTrue(menu.contains("5   Lateness review"), menu);

            tmux.keys("k", "5");
            String table = tmux.waitFor("k", "Lateness review: block 3 of 10, school weeks 9-12", WAIT);
            screens.append("The block table (staff mode, 5):\n").append(table).append('\n');
            assertTrue(table.contains("Ended:") && table.contains("changes await your decision"), table);
            assertTrue(table.contains("Pupil            Class L  U  Min Chg  Blocks  Concern"), table);
            assertTrue(table.contains("PENALTY NOTICE"), table);
            assertTrue(table.contains("proposed 0→1"), table);
            assertTrue(table.lines().anyMatch(l -> l.matches(".*  [·▁▂▃▄▅▆▇█]{3}  .*")), "a bar of 3 blocks:\n" + table);
            assertTrue(table.contains("Enter: pupil  C: confirm  O: override  H: heatmap  P: patterns  Escape: menu"),
                    table);
            String first = selectedPupil(table);

            tmux.keys("k", "c");
            waitForWords(tmux, first + ": no stage -> stage 1 confirmed for block 3 by Ann Lowe, Attendance Lead");

            tmux.keys("k", "Down");
            Thread.sleep(300);
            tmux.keys("k", "o");
            tmux.waitFor("k", "Press 0 to 5 for the stage", WAIT);
            tmux.keys("k", "2");
            tmux.waitFor("k", "Decide stage 2. Why?", WAIT);
            tmux.keys("k", "Enter");
            waitForWords(tmux, "Type why you override the proposal for");
            tmux.keys("k", "-l", "met the family: letter and meeting now");
            tmux.keys("k", "Enter");
            waitForWords(tmux, "stage 2 for block 3 (proposed stage 1), overridden by Ann Lowe, Attendance Lead: met "
                    + "the family: letter and meeting now");

            tmux.keys("k", "h");
            String heatmap = tmux.waitFor("k", "Late marks by weekday and school week", WAIT);
            screens.append("\nThe heatmap (H on the table):\n").append(heatmap).append('\n');
            assertTrue(heatmap.contains("Week 1   2   3   4   5   6   7   8   9   10  11  12    Total"), heatmap);
            for (String day : new String[] {" Mon  ", " Tue  ", " Wed  ", " Thu  ", " Fri  "}) {
                assertTrue(heatmap.contains(day), day + ":\n" + heatmap);
            }
            assertTrue(heatmap.contains("' ' none   '░' 1-"), heatmap);
            assertTrue(heatmap.contains("'-' school closed"), heatmap);

            tmux.keys("k", "Escape");
            tmux.waitFor("k", "Lateness review: block 3", WAIT);
            tmux.keys("k", "Enter");
            String page = tmux.waitFor("k", "late arrivals this year, each with the sentence the register rules gave",
                    WAIT);
            screens.append("\nA pupil's year (Enter on the table):\n").append(page).append('\n');
            assertTrue(page.contains("lateness this year"), page);
            assertTrue(page.contains("Stage now: stage 2"), "the pupil just overridden to stage 2:\n" + page);
            // The threshold lines say what they count, which pushes the first arrival below the fold at 80x24.
            tmux.keys("k", "Down", "Down", "Down", "Down");
            String scrolled = tmux.waitFor("k", "Arrived ", WAIT);
            assertTrue(scrolled.contains("Arrived ") && scrolled.contains("after the"), "the stored sentence:\n"
                    + scrolled);

            tmux.keys("k", "Escape");
            tmux.waitFor("k", "Lateness review: block 3", WAIT);
            tmux.keys("k", "p");
            String patterns = tmux.waitFor("k", "Reasons given for block 3's late marks", WAIT);
            screens.append("\nPatterns (P on the table):\n").append(patterns).append('\n');
            assertTrue(patterns.contains("Before and after holidays"), patterns);
            assertTrue(patterns.contains("Autumn half term"), patterns);
            assertTrue(patterns.contains("Group                  Pupils Were late Marks/100  Rest/100    Diff"),
                    patterns);

            tmux.keys("k", "Escape");
            tmux.waitFor("k", "Lateness review: block 3", WAIT);
            tmux.keys("k", "Escape");
            String back = tmux.waitFor("k", "Staff menu", WAIT);
            assertFalse(back.contains("Lateness review:"), back);
        } finally {
            Path out = Path.of("target", "e2e-screens");
            Files.createDirectories(out);
            Files.writeString(out.resolve("lateness-review.txt"), screens.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(1, count("SELECT count(*) FROM stage_decisions WHERE kind = 'CONFIRMED' AND block = 3 "
                + "AND decided_stage = 1 AND decided_by = 'Ann Lowe' AND position = 'Attendance Lead'"));
        assertEquals(1, count("SELECT count(*) FROM stage_decisions WHERE kind = 'OVERRIDDEN' AND block = 3 "
                + "AND decided_stage = 2 AND decided_by = 'Ann Lowe' "
                + "AND why = 'met the family: letter and meeting now'"));
        assertEquals(2, count("SELECT count(*) FROM stage_decisions"));
    }

    /** Waits until the screen shows the words, a line's end and the next line's start read as one space. */
    private static void waitForWords(Tmux tmux, String words) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux.screen("k");
            if (String.join(" ", screen.lines().map(String::strip).toList()).replaceAll("\\s+", " ").contains(words)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("screen never showed '" + words + "':\n" + screen);
    }

    /** The name on the selected row ("> Grace Brown      4B ..."). */
    private static String selectedPupil(String table) {
        String row = table.lines().filter(l -> l.startsWith(" > ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row selected:\n" + table));
        return row.substring(3, 3 + 16).strip();
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
