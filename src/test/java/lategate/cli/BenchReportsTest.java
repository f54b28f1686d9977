package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import lategate.demo.GeneratedYear;

/**
 * The year 'bench reports' generates is plausible (its timings are read by people, not asserted,
 * and need the packaged jar: the e2e run and the README cover those).
 */
class BenchReportsTest {

    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T16:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("50 pupils: about 5% of pupil-days late, mostly L, in a year that is over; both reports have people")
    void plausibleYear() throws Exception {
        GeneratedYear.Generated year = GeneratedYear.generate(dir, 50, 2026, TODAY);

        assertTrue(year.school().calendar().yearEnds().isBefore(TODAY), "the whole year is over by today");
        assertTrue(year.schoolDays() >= 185 && year.schoolDays() <= 195, "about 190 school days: " + year.schoolDays());
        long late = count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL AND mark IN ('L', 'U')");
        long lateDays = count("SELECT count(DISTINCT pupil_id || school_date) FROM arrivals WHERE mark IN ('L', 'U')");
        assertEquals(late, lateDays, "one late mark a late pupil-day");
        assertEquals(year.lateMarks(), late);
        double share = late / (50.0 * year.schoolDays());
        assertTrue(share > 0.04 && share < 0.06, "about 5% of pupil-days late: " + share);
        long u = count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL AND mark = 'U'");
        assertTrue(u > late * 0.15 && u < late * 0.35, "about a quarter U: " + u + " of " + late);
        assertTrue(count("SELECT count(*) FROM arrivals WHERE repeat_of IS NOT NULL") > 0, "some repeat scans");
        assertTrue(count("SELECT count(*) FROM amendments WHERE original_code = 'U' AND amended_code = 'M'") > 0,
                "some U amended to M");
        assertTrue(count("SELECT count(*) FROM arrival_reasons WHERE status = 'claimed'") > 0, "some claims");

        String school = year.settings().toString();
        String db = year.database().toString();
        CommandLineRun blocks = lategate(CLOCK, "report", "blocks", "--school", school, "--db", db, "--block",
                Integer.toString(year.block()), "--csv");
        assertEquals(0, blocks.exit(), blocks.err());
        List<String> rows = blocks.out().lines().toList();
        assertTrue(rows.size() > 10, "most of 50 pupils are late at least once in four weeks: " + rows.size());
        CommandLineRun thresholds = lategate(CLOCK, "report", "thresholds", "--school", school, "--db", db, "--on",
                year.thresholdsOn().toString(), "--csv");
        assertEquals(0, thresholds.exit(), thresholds.err());
        assertTrue(thresholds.out().lines().count() > 1, "the persistent latecomers are near the threshold:\n"
                + thresholds.out());
    }

    @Test
    @DisplayName("the same seed makes the same year")
    void seeded() throws Exception {
        GeneratedYear.Generated first = GeneratedYear.generate(dir.resolve("a"), 30, 7, TODAY);
        GeneratedYear.Generated again = GeneratedYear.generate(dir.resolve("b"), 30, 7, TODAY);
        assertEquals(first.lateMarks(), again.lateMarks());
        assertEquals(first.lateU(), again.lateU());
        assertEquals(first.repeats(), again.repeats());
        assertEquals(first.amendedToM(), again.amendedToM());
    }

    @Test
    @DisplayName("bad input is refused with exit 1; outside the packaged jar it says to run it from the jar")
    void refusals() {
        CommandLineRun none = lategate(CLOCK, "bench", "reports", "--pupils", "0");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("--pupils must be from 10 to 100000, not 0"), none.err());
        CommandLineRun runs = lategate(CLOCK, "bench", "reports", "--runs", "0");
        assertEquals(1, runs.exit());
        assertTrue(runs.err().contains("--runs"), runs.err());
        CommandLineRun classes = lategate(CLOCK, "bench", "reports", "--pupils", "20", "--runs", "1");
        assertEquals(1, classes.exit());
        assertTrue(classes.err().contains("runs from the packaged jar"), classes.err());
        assertFalse(classes.err().contains("unexpected"), classes.err());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
