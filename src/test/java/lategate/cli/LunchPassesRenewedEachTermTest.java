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
 * Oak Meadow §10: lunchtime passes are granted on a parent's written request and "renewed each
 * term", so a pass runs to the end of the term it starts in at most. Oak Meadow's autumn term
 * ends on Friday 18 December 2026; its spring term runs 4 January to 25 March 2027.
 */
class LunchPassesRenewedEachTermTest {

    private static final String OAK = "config/schools/oak-meadow.toml";
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("oak.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "O1,Amelia,Jones,4,4B,OAK0001\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate(MONDAY, "roster", "import", "--school", OAK, "--db", db, roster.toString()).exit());
        CommandLineRun head = withPins("2468\n", MONDAY, "staff", "add", "--school", OAK, "--db", db, "--username",
                "head", "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator");
        assertEquals(0, head.exit(), head.err());
    }

    private CommandLineRun grant(String... dates) {
        List<String> args = new ArrayList<>(List.of("lunch", "pass-add", "--school", OAK, "--db", db, "--staff",
                "head", "--pupil", "O1", "--reason", "parent's written request"));
        args.addAll(List.of(dates));
        return withPins("2468\n", MONDAY, args.toArray(String[]::new));
    }

    private String passesOn(String date) {
        return lategate(MONDAY, "lunch", "pass-list", "--school", OAK, "--db", db, "--date", date).out();
    }

    @Test
    @DisplayName("a pass granted to July is refused: passes are renewed each term (Oak Meadow §10), nothing recorded")
    void passPastTheEndOfTermIsRefused() {
        CommandLineRun july = grant("--from", "2026-11-23", "--to", "2027-07-21");
        assertEquals(1, july.exit());
        assertTrue(july.err().contains("a pass from 2026-11-23 runs to the end of the Autumn term, 2026-12-18, at "
                + "most, not to 2027-07-21: lunchtime passes are renewed each term (Attendance and Absence Policy §10)"), july.err());
        assertTrue(july.err().contains("nothing was recorded"), july.err());
        assertTrue(passesOn("2026-11-23").startsWith("No lunchtime passes valid"), passesOn("2026-11-23"));
    }

    @Test
    @DisplayName("a pass to the last day of its term is granted, and renewed for the next term as a new pass")
    void passToTheEndOfTermAndRenewed() {
        CommandLineRun autumn = grant("--from", "2026-11-23", "--to", "2026-12-18");
        assertEquals(0, autumn.exit(), autumn.err());
        CommandLineRun spring = grant("--from", "2027-01-04", "--to", "2027-03-25");
        assertEquals(0, spring.exit(), spring.err());
        assertTrue(passesOn("2026-12-18").contains("O1 from 2026-11-23 to 2026-12-18"), passesOn("2026-12-18"));
        assertTrue(passesOn("2027-03-25").contains("O1 from 2027-01-04 to 2027-03-25"), passesOn("2027-03-25"));
    }

    @Test
    @DisplayName("a pass with no last day runs to the end of its term, and says so; one starting in a holiday "
            + "belongs to the next term")
    void openPassEndsWithItsTerm() {
        CommandLineRun open = grant("--from", "2026-11-23");
        assertEquals(0, open.exit(), open.err());
        assertTrue(open.out().contains("from 2026-11-23 to 2026-12-18 (the end of the Autumn term: passes are renewed "
                + "each term, Attendance and Absence Policy §10)"), open.out());
        assertTrue(passesOn("2027-01-05").startsWith("No lunchtime passes valid"), passesOn("2027-01-05"));
        CommandLineRun holiday = grant("--from", "2026-12-21", "--to", "2027-04-01");
        assertEquals(1, holiday.exit());
        assertTrue(holiday.err().contains("runs to the end of the Spring term, 2027-03-25, at most"), holiday.err());
    }
}
