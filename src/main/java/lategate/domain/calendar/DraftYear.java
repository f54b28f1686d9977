package lategate.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A starting point for a school's next academic year, in the pattern most English schools follow,
 * for the school to confirm against its own (or its local authority's) term dates: a school sets its
 * own term dates, and its INSET days, so nothing here is a rule (docs/rollover.md).
 *
 * <p>The pattern: the autumn term from the first weekday of September (a Friday or weekend start
 * moves to the Monday after), a half term in the last full week of October, to the Friday on or
 * before 20 December; the spring term from the first weekday on or after 4 January, a half term in
 * the week from the Monday on or after 12 February, to the Friday before Holy Week; two weeks' Easter
 * holiday, Holy Week and Easter week (Good Friday and Easter Monday are bank holidays inside it); the
 * summer term to the Friday on or before 23 July, with a half term in the week of the spring bank
 * holiday (the last Monday in May). Every bank holiday that falls on a school day of a term (the
 * early May bank holiday) is a closure, from {@link BankHolidays}, which computes Easter.
 *
 * @param autumnYear the calendar year the academic year starts in, e.g. 2027 for 2027-28
 * @param bankHolidaysInHolidays the bank holidays that fall in the holidays between the terms, by date, for
 *                               the draft's comments: they close no school day
 */
public record DraftYear(int autumnYear, LocalDate yearStarts, LocalDate yearEnds, List<Term> terms,
                        List<Closure> closures, Map<LocalDate, String> bankHolidaysInHolidays) {

    public DraftYear {
        terms = List.copyOf(terms);
        closures = List.copyOf(closures);
        bankHolidaysInHolidays = Map.copyOf(bankHolidaysInHolidays);
    }

    /** The academic year's usual name, e.g. "2027-28". */
    public static String label(int autumnYear) {
        // Two digits by hand: String.format would load the locale's number formats, the greater part of
        // 'config check' reading a year's name (docs/architecture.md, "Start-up").
        int next = (autumnYear + 1) % 100;
        return autumnYear + "-" + (next < 10 ? "0" : "") + next;
    }

    public String label() {
        return label(autumnYear);
    }

    /** The draft of the academic year after {@code calendar}'s own (its next year given ahead is not looked at). */
    public static DraftYear after(SchoolCalendar calendar) {
        return of(calendar.yearEnds().getYear());
    }

    /** The draft for the academic year starting in September of {@code autumnYear}. */
    public static DraftYear of(int autumnYear) {
        int springYear = autumnYear + 1;
        LocalDate yearStarts = LocalDate.of(autumnYear, 9, 1);
        LocalDate yearEnds = LocalDate.of(springYear, 7, 31);

        LocalDate autumnStarts = switch (yearStarts.getDayOfWeek()) {
            case FRIDAY, SATURDAY, SUNDAY -> yearStarts.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            default -> yearStarts;
        };
        LocalDate autumnEnds = LocalDate.of(autumnYear, 12, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate octoberHalfTerm = LocalDate.of(autumnYear, 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // The last Monday of October can start a week that ends in November: the week is still the October half term.

        LocalDate springStarts = firstWeekdayFrom(LocalDate.of(springYear, 1, 4));
        LocalDate februaryHalfTerm = LocalDate.of(springYear, 2, 12).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate easter = BankHolidays.easterSunday(springYear);
        LocalDate holyWeek = easter.minusDays(6);
        LocalDate springEnds = holyWeek.minusDays(3);
        LocalDate summerStarts = easter.plusDays(8);
        if (BankHolidays.on(summerStarts).isPresent()) {
            summerStarts = summerStarts.plusDays(1); // a late Easter puts the return on the early May bank holiday
        }
        LocalDate summerEnds = LocalDate.of(springYear, 7, 23).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate mayHalfTerm = LocalDate.of(springYear, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));

        List<Term> terms = List.of(new Term("Autumn term", autumnStarts, autumnEnds),
                new Term("Spring term", springStarts, springEnds),
                new Term("Summer term", summerStarts, summerEnds));
        List<Closure> closures = new ArrayList<>();
        closures.add(week("Autumn half term", octoberHalfTerm));
        closures.add(week("Spring half term", februaryHalfTerm));
        closures.add(week("Summer half term", mayHalfTerm));
        Map<LocalDate, String> inHolidays = new java.util.TreeMap<>();
        for (int year : new int[] {autumnYear, springYear}) {
            for (Map.Entry<LocalDate, String> day : BankHolidays.of(year).entrySet()) {
                LocalDate d = day.getKey();
                if (d.isBefore(yearStarts) || d.isAfter(yearEnds)) {
                    continue;
                }
                boolean inTerm = terms.stream().anyMatch(t -> t.covers(d));
                boolean inHalfTerm = closures.stream().anyMatch(c -> c.covers(d));
                if (inTerm && !inHalfTerm) {
                    closures.add(new Closure(day.getValue(), ClosureKind.BANK_HOLIDAY, d, d));
                } else {
                    inHolidays.put(d, day.getValue());
                }
            }
        }
        closures.sort(java.util.Comparator.comparing(Closure::starts));
        return new DraftYear(autumnYear, yearStarts, yearEnds, terms, closures, inHolidays);
    }

    /** The draft as a calendar, to count its weeks and check it the way the settings are checked. */
    public SchoolCalendar calendar() {
        return new SchoolCalendar(yearStarts, yearEnds, terms, closures);
    }

    private static Closure week(String name, LocalDate monday) {
        return new Closure(name, ClosureKind.HOLIDAY, monday, monday.plusDays(4));
    }

    private static LocalDate firstWeekdayFrom(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || BankHolidays.on(d).isPresent()) {
            d = d.plusDays(1);
        }
        return d;
    }
}
