package lategate.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * England and Wales bank holidays (Banking and Financial Dealings Act 1971, Schedule 1, with the
 * usual proclamations), checked against the dates GOV.UK published for years with each kind of
 * Christmas: 2021 (Saturday), 2022 (Sunday), 2026 (Friday), 2027 (Saturday again) and 2025 (Thursday).
 */
class BankHolidaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2021|2021-01-01,2021-04-02,2021-04-05,2021-05-03,2021-05-31,2021-08-30,2021-12-27,2021-12-28",
            "2022|2022-01-03,2022-04-15,2022-04-18,2022-05-02,2022-05-30,2022-08-29,2022-12-26,2022-12-27",
            "2025|2025-01-01,2025-04-18,2025-04-21,2025-05-05,2025-05-26,2025-08-25,2025-12-25,2025-12-26",
            "2026|2026-01-01,2026-04-03,2026-04-06,2026-05-04,2026-05-25,2026-08-31,2026-12-25,2026-12-28",
            "2027|2027-01-01,2027-03-26,2027-03-29,2027-05-03,2027-05-31,2027-08-30,2027-12-27,2027-12-28"})
    @DisplayName("the eight bank holidays of a year fall on the dates GOV.UK published")
    void datesAsPublished(int year, String dates) {
        Map<LocalDate, String> sorted = new TreeMap<>(BankHolidays.of(year));
        assertEquals(dates, String.join(",", sorted.keySet().stream().map(LocalDate::toString).toList()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2022-01-03, New Year's Day (in lieu)",
            "2022-12-26, Boxing Day",
            "2022-12-27, Christmas Day (in lieu)",
            "2026-12-28, Boxing Day (in lieu)",
            "2027-12-27, Christmas Day (in lieu)",
            "2027-03-26, Good Friday"})
    @DisplayName("a day in lieu is named for the holiday it replaces")
    void daysInLieuAreNamed(LocalDate date, String name) {
        assertEquals(name, BankHolidays.on(date).orElseThrow());
    }
}
