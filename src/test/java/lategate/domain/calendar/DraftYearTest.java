package lategate.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The draft of a next academic year (docs/rollover.md): the usual English pattern, with Easter and
 * the bank holidays computed (Banking and Financial Dealings Act 1971, Schedule 1), for the school to
 * confirm. The shipped profiles say term dates a policy does not give are the school's to confirm.
 */
class DraftYearTest {

    private static final LocalDate D(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("Easter Sunday, by the Gregorian computus, for early, late and ordinary years")
    void easterSunday() {
        assertEquals(D("2027-03-28"), BankHolidays.easterSunday(2027));
        assertEquals(D("2028-04-16"), BankHolidays.easterSunday(2028));
        assertEquals(D("2029-04-01"), BankHolidays.easterSunday(2029));
        assertEquals(D("2035-03-25"), BankHolidays.easterSunday(2035));
        assertEquals(D("2038-04-25"), BankHolidays.easterSunday(2038)); // the latest Easter of the century
        assertEquals(D("2285-03-22"), BankHolidays.easterSunday(2285)); // the earliest date Easter can fall
    }

    @Test
    @DisplayName("2027-28: autumn from Wed 1 Sep, half terms in late October, mid-February and the spring bank "
            + "holiday's week, two weeks round Easter (16 April 2028), the early May bank holiday closed, summer to "
            + "Fri 21 July")
    void draftFor2027To28() {
        DraftYear d = DraftYear.of(2027);
        assertEquals("2027-28", d.label());
        assertEquals(D("2027-09-01"), d.yearStarts());
        assertEquals(D("2028-07-31"), d.yearEnds());
        assertEquals(new Term("Autumn term", D("2027-09-01"), D("2027-12-17")), d.terms().get(0));
        assertEquals(new Term("Spring term", D("2028-01-04"), D("2028-04-07")), d.terms().get(1),
                "Monday 3 January 2028 is New Year's Day in lieu");
        assertEquals(new Term("Summer term", D("2028-04-24"), D("2028-07-21")), d.terms().get(2));
        assertTrue(d.closures().contains(new Closure("Autumn half term", ClosureKind.HOLIDAY, D("2027-10-25"),
                D("2027-10-29"))), d.closures().toString());
        assertTrue(d.closures().contains(new Closure("Spring half term", ClosureKind.HOLIDAY, D("2028-02-14"),
                D("2028-02-18"))), d.closures().toString());
        assertTrue(d.closures().contains(new Closure("Summer half term", ClosureKind.HOLIDAY, D("2028-05-29"),
                D("2028-06-02"))), "the week of the spring bank holiday, the last Monday in May");
        assertTrue(d.closures().contains(new Closure("Early May bank holiday", ClosureKind.BANK_HOLIDAY,
                D("2028-05-01"), D("2028-05-01"))), d.closures().toString());
        assertEquals("Good Friday", d.bankHolidaysInHolidays().get(D("2028-04-14")));
        assertEquals("Easter Monday", d.bankHolidaysInHolidays().get(D("2028-04-17")));
        assertEquals("Christmas Day (in lieu)", d.bankHolidaysInHolidays().get(D("2027-12-27")));
    }

    @Test
    @DisplayName("every draft from 2026 to 2100 is a calendar the settings accept: terms in order inside the year, "
            + "every closure inside a term, Good Friday and Easter Monday never school days, 37 to 40 school weeks")
    void everyDraftIsACalendar() {
        for (int year = 2026; year <= 2100; year++) {
            DraftYear d = DraftYear.of(year);
            SchoolCalendar c = d.calendar();
            for (int i = 0; i < d.terms().size(); i++) {
                Term t = d.terms().get(i);
                assertFalse(t.starts().isBefore(d.yearStarts()) || t.ends().isAfter(d.yearEnds()), year + " " + t);
                assertTrue(c.isSchoolDay(t.starts()), year + ": " + t + " starts on a school day");
                assertTrue(i == 0 || d.terms().get(i - 1).ends().isBefore(t.starts()), year + " " + t);
            }
            for (Closure cl : d.closures()) {
                assertTrue(d.terms().stream().anyMatch(t -> t.covers(cl.starts()) && t.covers(cl.ends())),
                        year + ": " + cl);
            }
            LocalDate easter = BankHolidays.easterSunday(year + 1);
            assertFalse(c.isSchoolDay(easter.minusDays(2)), year + ": Good Friday");
            assertFalse(c.isSchoolDay(easter.plusDays(1)), year + ": Easter Monday");
            for (LocalDate bank : BankHolidays.of(year).keySet()) {
                assertFalse(c.isSchoolDay(bank), year + ": " + bank);
            }
            for (LocalDate bank : BankHolidays.of(year + 1).keySet()) {
                assertFalse(c.isSchoolDay(bank), year + ": " + bank);
            }
            assertTrue(c.schoolWeekCount() >= 37 && c.schoolWeekCount() <= 40, year + ": " + c.schoolWeekCount());
            assertEquals(DayOfWeek.FRIDAY, d.terms().get(2).ends().getDayOfWeek(), year + "");
        }
    }
}
