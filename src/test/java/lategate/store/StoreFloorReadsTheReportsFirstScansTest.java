package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lategate.demo.GeneratedYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floor 'bench reports' times under the blocks report (docs/architecture.md, "Where a report's
 * time goes, cold"): the store opened as every command opens it, and the first scans of some days
 * read as the reports read them. It must read those rows, all and only those, or the floor beside
 * the reports would measure something else.
 */
class StoreFloorReadsTheReportsFirstScansTest {

    @TempDir
    static Path dir;

    static GeneratedYear.Generated year;

    @BeforeAll
    static void aYear() throws Exception {
        year = GeneratedYear.generate(dir.resolve("school"), 60, 2026, LocalDate.of(2026, 11, 24));
    }

    @Test
    @DisplayName("it reads every first scan of the days asked for, no repeat scan and no other day")
    void readsTheFirstScansOfTheDays() throws Exception {
        LocalDate from = year.school().calendar().yearStarts().plusWeeks(6);
        LocalDate to = from.plusWeeks(8);
        long firstScans = count("SELECT count(*) FROM arrivals WHERE school_date BETWEEN ? AND ? "
                + "AND repeat_of IS NULL", from, to);
        assertTrue(firstScans > 100, "the generated school is late in those weeks: " + firstScans);
        assertTrue(count("SELECT count(*) FROM arrivals WHERE school_date BETWEEN ? AND ? AND repeat_of IS NOT NULL",
                from, to) > 0, "and scans more than once some days, which are not read");
        try (Database database = Database.open(year.database())) {
            assertEquals(firstScans, StoreFloor.firstScans(database, from, to));
            assertEquals(0, StoreFloor.firstScans(database, to.plusYears(1), to.plusYears(1).plusDays(7)),
                    "a year with no marks yet has none");
        }
    }

    @Test
    @DisplayName("run as bench runs it, it prints how many it read; a wrong date is a usage error and a missing "
            + "database a refusal that names the file")
    void runInAFreshJvm() throws Exception {
        LocalDate from = year.school().calendar().yearStarts();
        LocalDate to = year.school().calendar().yearEnds();
        Run read = run(year.database().toString(), from.toString(), to.toString());
        assertEquals(0, read.exit(), read.printed());
        assertEquals(Long.toString(count("SELECT count(*) FROM arrivals WHERE school_date BETWEEN ? AND ? "
                + "AND repeat_of IS NULL", from, to)), read.printed().strip());

        Run badDate = run(year.database().toString(), "2026-13-01", to.toString());
        assertEquals(2, badDate.exit(), badDate.printed());
        assertTrue(badDate.printed().contains("FROM and TO are dates as 2026-05-04"), badDate.printed());
        Run backwards = run(year.database().toString(), to.toString(), from.toString());
        assertEquals(2, backwards.exit(), backwards.printed());
        assertTrue(backwards.printed().contains("TO (" + from + ") is before FROM (" + to + ")"), backwards.printed());
        Run tooFew = run(year.database().toString());
        assertEquals(2, tooFew.exit(), tooFew.printed());
        assertTrue(tooFew.printed().startsWith("usage: java -cp lategate.jar lategate.store.StoreFloor DB FROM TO"),
                tooFew.printed());

        Path missing = dir.resolve("nowhere.db");
        Run none = run(missing.toString(), from.toString(), to.toString());
        assertEquals(1, none.exit(), none.printed());
        assertTrue(none.printed().contains("there is no lategate database at " + missing), none.printed());
    }

    private record Run(int exit, String printed) {
    }

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), StoreFloor.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // The test class path's logging library may speak when the database opens: only the last line is the floor's.
        List<String> lines = printed.lines().filter(l -> !l.startsWith("SLF4J")).toList();
        return new Run(p.waitFor(), String.join("\n", lines));
    }

    private static long count(String sql, LocalDate from, LocalDate to) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + year.database());
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.getLong(1);
            }
        }
    }
}
