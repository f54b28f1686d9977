package lategate.domain.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Education Act 1996, s.8(2)-(3); the prescribed days 31 December, 31 March and 31 August. */
class CompulsorySchoolAgeTest {

    @ParameterizedTest(name = "born {0}: compulsory school age from {1}")
    @DisplayName("Education Act 1996 s.8: compulsory school age starts on the prescribed day on or next after the fifth birthday")
    @CsvSource({
            // fifth birthday on a prescribed day: from that day itself
            "2020-12-31, 2025-12-31",
            "2021-03-31, 2026-03-31",
            "2021-08-31, 2026-08-31",
            // the day after a prescribed day: the next one
            "2021-01-01, 2026-03-31",
            "2021-04-01, 2026-08-31",
            "2021-09-01, 2026-12-31",
            // a leap day: five years on is a common year, and 31 March follows either reckoning
            "2020-02-29, 2025-03-31",
            // a fifth birthday in a leap year: 29 February 2024 is no prescribed day
            "2019-02-28, 2024-03-31",
            "2019-12-30, 2024-12-31"})
    void startsOnThePrescribedDayOnOrAfterTheFifthBirthday(LocalDate born, LocalDate from) {
        assertEquals(from, CompulsorySchoolAge.startsFor(born));
    }

    @Test
    @DisplayName("Education Act 1996 s.8: below compulsory school age up to the day before the prescribed day, not on it")
    void belowTheDayBeforeNotOnTheDay() {
        LocalDate born = LocalDate.of(2021, 9, 1);
        assertTrue(CompulsorySchoolAge.isBelowOn(born, LocalDate.of(2026, 12, 30)));
        assertFalse(CompulsorySchoolAge.isBelowOn(born, LocalDate.of(2026, 12, 31)));
        assertTrue(CompulsorySchoolAge.isBelowOn(born, LocalDate.of(2026, 9, 1)), "five, but not yet of compulsory age");
    }
}
