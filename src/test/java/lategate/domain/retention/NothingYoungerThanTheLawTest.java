package lategate.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The School Attendance (Pupil Registration) (England) Regulations 2024 keep every entry "for 6
 * years after the date on which the entry was made". Counting from the end of the academic year a
 * record was made in must never purge one sooner.
 */
class NothingYoungerThanTheLawTest {

    private final RetentionRule sixYears = new RetentionRule(RetentionRule.LEGAL_MINIMUM_YEARS);

    @Test
    @DisplayName("for every day made from 2019 to 2022 and every purge day to 2030: past the cut-off means "
            + "made more than 6 years before the purge, and firstPurgeDate agrees with cutOff")
    void neverBeforeSixYearsFromTheDayMade() {
        for (LocalDate made = LocalDate.of(2019, 1, 1); made.isBefore(LocalDate.of(2023, 1, 1)); made = made.plusDays(1)) {
            LocalDate first = sixYears.firstPurgeDate(made);
            assertTrue(first.isAfter(made.plusYears(6)), made + " may go on " + first);
            assertTrue(made.isBefore(sixYears.cutOff(first)), made + " is past retention on " + first);
            assertTrue(!made.isBefore(sixYears.cutOff(first.minusDays(1))), made + " kept the day before " + first);
        }
        for (LocalDate today = LocalDate.of(2025, 1, 1); today.isBefore(LocalDate.of(2031, 1, 1)); today = today.plusDays(1)) {
            LocalDate lastPast = sixYears.cutOff(today).minusDays(1);
            assertTrue(lastPast.plusYears(6).isBefore(today), "on " + today + " " + lastPast + " goes");
        }
    }

    @Test
    @DisplayName("the amendment of 2021-10-15 is kept on 2027-09-02 (cut-off 2021-09-01); the U of 2021-07-20 "
            + "may go from 2027-09-01")
    void theIssueDates() {
        assertEquals(LocalDate.of(2021, 9, 1), sixYears.cutOff(LocalDate.of(2027, 9, 2)));
        assertEquals(LocalDate.of(2027, 9, 1), sixYears.firstPurgeDate(LocalDate.of(2021, 7, 20)));
        assertEquals(LocalDate.of(2028, 9, 1), sixYears.firstPurgeDate(LocalDate.of(2021, 10, 15)));
    }

    @Test
    @DisplayName("3 years (a policy following the 2006 regulations) is below the law; 6 and more are not")
    void belowTheLaw() {
        assertTrue(RetentionRule.belowTheLaw(3).orElseThrow().contains("Regulations 2024"));
        assertTrue(RetentionRule.belowTheLaw(5).isPresent());
        assertTrue(RetentionRule.belowTheLaw(6).isEmpty());
        assertTrue(RetentionRule.belowTheLaw(10).isEmpty());
    }
}
