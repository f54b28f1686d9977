package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import lategate.StoreFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lategate held import}: the scans a kiosk held beside the register while its file was away
 * are recorded at their own instants; a bad line is named by file and line and costs no other, and
 * running it again records nothing twice (docs/held-scans.md).
 */
@Tag("attack")
class HeldScansImportTest {

    private static final String DEMO = "config/schools/demo.toml";

    @TempDir
    Path dir;
    private Path db;
    private Path held;

    @BeforeEach
    void register() {
        db = dir.resolve("demo.db");
        StoreFixture.databaseWith(db, "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Oliver", "Smith", "5A", "DEMO0002"))).close();
        held = dir.resolve("demo.db.held-scans");
    }

    @Test
    @DisplayName("a bad line is named as file:line, the good lines are recorded at their own times, and the file stays")
    void badLineNamedAndTheRestRecorded() throws Exception {
        Files.writeString(held, "# held by the kiosk\n"
                + "2026-11-23T08:57:00Z\t" + printed("DEMO0001") + "\tD1\tgate\tkeyboard\t\n"
                + "2026-11-23T08:5\tcut short by a power cut\n"
                + "2026-11-23T09:12:30Z\t" + printed("DEMO0002") + "\t\tgate\t\tovers\\tlept\n"
                + "2026-11-23T09:13:00Z\t" + printed("DEMO0002") + "\t\tgate\t\tno-such-reason\n");
        CommandLineRun run = lategate("held", "import", "--school", DEMO, "--db", db.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(held + ":3: expected 6 fields separated by tabs"), run.err());
        assertTrue(run.err().contains(held + ":4: 'overs\tlept' is not one of Demo Primary School's reason keys"),
                run.err());
        assertTrue(run.err().contains(held + ":5: 'no-such-reason' is not one of"), run.err());
        assertTrue(run.out().contains(held + ":2: D1 L at 08:57:00, 12 minutes late"), run.out());
        assertTrue(run.err().contains("3 not recorded, so the file stays where it is"), run.err());
        assertTrue(Files.exists(held));
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1' AND mark = 'L' AND minutes_late = 12 "
                + "AND arrived_at = '2026-11-23T08:57:00.000000000Z'"));
    }

    @Test
    @DisplayName("run again once the lines are corrected: only the new ones are recorded, then the file is moved aside")
    void runAgainRecordsNothingTwiceThenMovesTheFileAside() throws Exception {
        String good = "2026-11-23T08:57:00Z\t" + printed("DEMO0001") + "\tD1\tgate\tkeyboard\t\n";
        Files.writeString(held, good + "garbage\n");
        assertEquals(1, lategate("held", "import", "--school", DEMO, "--db", db.toString()).exit());

        Files.writeString(held, good + "2026-11-23T09:12:30Z\t" + printed("DEMO0002") + "\t\tgate\t\toverslept\n");
        CommandLineRun run = lategate("held", "import", "--school", DEMO, "--db", db.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 held scan recorded from " + held + ", 1 already in the register; every line "
                + "is in, and the file is moved to " + held + ".recorded-20261123T093000Z"), run.out());
        assertFalse(Files.exists(held));
        assertTrue(Files.exists(dir.resolve("demo.db.held-scans.recorded-20261123T093000Z")));
        assertEquals(2, count("SELECT count(*) FROM arrivals"), "one arrival each, no repeat");
        assertEquals(1, count("SELECT count(*) FROM arrivals a JOIN arrival_reasons r ON r.arrival_id = a.id "
                + "WHERE a.pupil_id = 'D2' AND a.mark = 'U' AND r.reason_key = 'overslept'"), "U after 09:10, with its reason");

        CommandLineRun nothing = lategate("held", "import", "--school", DEMO, "--db", db.toString());
        assertEquals(0, nothing.exit(), nothing.err());
        assertTrue(nothing.out().contains("nothing to record"), nothing.out());
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
