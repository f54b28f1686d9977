package lategate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import lategate.domain.retention.RetentionRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history 'bench history' measures is what retention keeps: whole academic years (1 September to
 * 31 August, RetentionRule), one after another, each with a year's lateness, so that the purge of the
 * oldest removes one whole year (the 2024 regulations: 6 years after the entry was made).
 */
class GeneratedHistoryTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("three years: each inside its own academic year, consecutive, with about a year's late marks each")
    void threeWholeYears() throws Exception {
        GeneratedYear.History history = GeneratedYear.generateYears(dir, 30, 2026, LocalDate.of(2026, 12, 7), 3);
        List<GeneratedYear.GeneratedSpan> years = history.years();
        assertEquals(3, years.size());
        assertEquals(history.current().thresholdsOn(), years.get(2).lastDay(), "the current year is the last");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + history.current().database())) {
            for (int y = 0; y < years.size(); y++) {
                GeneratedYear.GeneratedSpan span = years.get(y);
                LocalDate academic = academicYearStart(span.firstDay());
                assertEquals(academic, academicYearStart(span.lastDay()), "one academic year: " + span);
                if (y > 0) {
                    assertEquals(academicYearStart(years.get(y - 1).firstDay()).plusYears(1), academic,
                            "the years follow each other");
                }
                assertTrue(span.lateMarks() > 0.03 * 30 * 185 && span.lateMarks() < 0.07 * 30 * 195,
                        "about 5% of pupil-days late: " + span);
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM arrivals WHERE school_date "
                        + "BETWEEN ? AND ?")) {
                    s.setString(1, span.firstDay().toString());
                    s.setString(2, span.lastDay().toString());
                    try (ResultSet r = s.executeQuery()) {
                        assertEquals(span.arrivals(), r.getInt(1), "every arrival counted in its year: " + span);
                    }
                }
            }
        }
        RetentionRule sixYears = new RetentionRule(6);
        LocalDate purgeDay = sixYears.firstPurgeDate(years.get(0).lastDay());
        assertTrue(sixYears.cutOff(purgeDay).isAfter(years.get(0).lastDay())
                && !sixYears.cutOff(purgeDay).isAfter(years.get(1).firstDay()), "a purge takes the oldest year whole");
    }

    private static LocalDate academicYearStart(LocalDate date) {
        return LocalDate.of(date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() : date.getYear() - 1, 9, 1);
    }
}
