package lategate.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The school's academic year: its terms and the closures inside them. A school day is a
 * weekday inside a term that no closure covers; nothing else counts in weeks, blocks or
 * rolling windows (docs/domain.md: "Days the school is closed ... are not school days").
 * It may know the year before it too, when the settings give its terms: a rolling window of school
 * weeks (the penalty notice threshold) reaches back across the summer into it. It may know the year
 * after it too, given ahead of time: from that year's first day its days are the school's days, so a
 * kiosk left running over the summer marks on the new year's first day (docs/rollover.md).
 */
public final class SchoolCalendar {

    private final LocalDate yearStarts;
    private final LocalDate yearEnds;
    private final List<Term> terms;
    private final List<Closure> closures;
    /** Monday of each week that holds a school day, numbered from 1. */
    private final Map<LocalDate, Integer> weekNumberByMonday;
    private final Optional<SchoolCalendar> previousYear;
    private final Optional<SchoolCalendar> nextYear;

    public SchoolCalendar(LocalDate yearStarts, LocalDate yearEnds, List<Term> terms, List<Closure> closures) {
        this(yearStarts, yearEnds, terms, closures, Optional.empty(), Optional.empty());
    }

    private SchoolCalendar(LocalDate yearStarts, LocalDate yearEnds, List<Term> terms, List<Closure> closures,
                           Optional<SchoolCalendar> previousYear, Optional<SchoolCalendar> nextYear) {
        this.previousYear = previousYear;
        this.nextYear = nextYear;
        if (previousYear.isPresent() && !previousYear.get().yearEnds().isBefore(yearStarts)) {
            throw new IllegalArgumentException("the previous academic year ends " + previousYear.get().yearEnds()
                    + ", not before this one starts " + yearStarts);
        }
        if (nextYear.isPresent() && !nextYear.get().yearStarts().isAfter(yearEnds)) {
            throw new IllegalArgumentException("the next academic year starts " + nextYear.get().yearStarts()
                    + ", not after this one ends " + yearEnds);
        }
        this.yearStarts = Objects.requireNonNull(yearStarts, "yearStarts");
        this.yearEnds = Objects.requireNonNull(yearEnds, "yearEnds");
        if (!yearEnds.isAfter(yearStarts)) {
            throw new IllegalArgumentException("the academic year ends " + yearEnds + " before it starts " + yearStarts);
        }
        this.terms = List.copyOf(terms);
        this.closures = List.copyOf(closures);
        this.weekNumberByMonday = numberSchoolWeeks();
    }

    /** This year, knowing {@code previous} as the year before it (its own previous year is not kept). */
    public SchoolCalendar withPreviousYear(SchoolCalendar previous) {
        return new SchoolCalendar(yearStarts, yearEnds, terms, closures, Optional.of(previous.alone()), nextYear);
    }

    /** This year, knowing {@code next} as the year after it (its own years before and after are not kept). */
    public SchoolCalendar withNextYear(SchoolCalendar next) {
        return new SchoolCalendar(yearStarts, yearEnds, terms, closures, previousYear, Optional.of(next.alone()));
    }

    private SchoolCalendar alone() {
        return new SchoolCalendar(yearStarts, yearEnds, terms, closures);
    }

    /** The year after this one, when the settings give it ahead of time. */
    public Optional<SchoolCalendar> nextYear() {
        return nextYear;
    }

    /** The first day any academic year this calendar knows begins: the year before's, if it is given. */
    public LocalDate firstKnownDay() {
        return previousYear.isPresent() ? previousYear.get().yearStarts() : yearStarts;
    }

    /** The last day of any academic year this calendar knows: the next year's, if it is given. */
    public LocalDate lastKnownDay() {
        return nextYear.isPresent() ? nextYear.get().yearEnds() : yearEnds;
    }

    /** The year before this one, when the settings give its terms. */
    public Optional<SchoolCalendar> previousYear() {
        return previousYear;
    }

    /** The Monday of each school week, week 1 first. */
    public List<LocalDate> schoolWeekMondays() {
        return weekNumberByMonday.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .toList();
    }

    public LocalDate yearStarts() {
        return yearStarts;
    }

    public LocalDate yearEnds() {
        return yearEnds;
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Closure> closures() {
        return closures;
    }

    /**
     * What the calendar says about {@code date}. A date after this year, inside the next year given
     * ahead of time, is as the next year says: the kiosk keeps marking on the new year's first day.
     */
    public DayStatus statusOf(LocalDate date) {
        if (date.isAfter(yearEnds) && nextYear.isPresent()) {
            return nextYear.get().statusOf(date);
        }
        return ownStatusOf(date);
    }

    /** The status by this year's own terms and closures: weeks and half terms are counted by it alone. */
    private DayStatus ownStatusOf(LocalDate date) {
        if (date.isBefore(yearStarts) || date.isAfter(yearEnds)) {
            return new DayStatus.OutsideAcademicYear(date);
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return new DayStatus.Weekend(date);
        }
        for (Term term : terms) {
            if (term.covers(date)) {
                for (Closure closure : closures) {
                    if (closure.covers(date)) {
                        return new DayStatus.Closed(date, closure);
                    }
                }
                return new DayStatus.SchoolDay(date, term);
            }
        }
        return new DayStatus.OutsideTerm(date);
    }

    public boolean isSchoolDay(LocalDate date) {
        return statusOf(date).isSchoolDay();
    }

    /**
     * The school week a date falls in: week 1 holds the first school day of the year, and a
     * week with no school day gets no number and does not advance the count.
     */
    public OptionalInt schoolWeekOf(LocalDate date) {
        Integer week = weekNumberByMonday.get(mondayOf(date));
        return week == null ? OptionalInt.empty() : OptionalInt.of(week);
    }

    public int schoolWeekCount() {
        return weekNumberByMonday.size();
    }

    /**
     * Each term's school days split at its half-term holidays, in date order. A break is a whole
     * Monday-to-Friday week inside the term with no school day, whatever its closure is called, so
     * an INSET or bank holiday never splits a term. A term with no such week is one half-term; a
     * term with no school day has none. Two parts are "first half" and "second half"; more are
     * numbered "part 1", "part 2", ...
     */
    public List<HalfTerm> halfTerms() {
        List<HalfTerm> all = new ArrayList<>();
        List<Term> byDate = new ArrayList<>(terms);
        byDate.sort(Comparator.comparing(Term::starts));
        for (Term term : byDate) {
            List<LocalDate[]> parts = new ArrayList<>();
            LocalDate previous = null;
            for (LocalDate d = term.starts(); !d.isAfter(term.ends()); d = d.plusDays(1)) {
                if (!ownStatusOf(d).isSchoolDay()) {
                    continue;
                }
                if (previous == null || mondayOf(previous).plusWeeks(1).plusDays(4).isBefore(d)) {
                    parts.add(new LocalDate[] {d, d});
                } else {
                    parts.get(parts.size() - 1)[1] = d;
                }
                previous = d;
            }
            for (int i = 0; i < parts.size(); i++) {
                String name = parts.size() == 1 ? term.name()
                        : parts.size() == 2 ? term.name() + (i == 0 ? ", first half" : ", second half")
                        : term.name() + ", part " + (i + 1);
                all.add(new HalfTerm(name, parts.get(i)[0], parts.get(i)[1]));
            }
        }
        return List.copyOf(all);
    }

    private Map<LocalDate, Integer> numberSchoolWeeks() {
        Map<LocalDate, Integer> numbers = new HashMap<>();
        int week = 0;
        for (LocalDate monday = mondayOf(yearStarts); !monday.isAfter(yearEnds); monday = monday.plusWeeks(1)) {
            if (weekHasSchoolDay(monday)) {
                numbers.put(monday, ++week);
            }
        }
        return Map.copyOf(numbers);
    }

    private boolean weekHasSchoolDay(LocalDate monday) {
        for (int i = 0; i < 5; i++) {
            if (ownStatusOf(monday.plusDays(i)).isSchoolDay()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate mondayOf(LocalDate date) {
        // As TemporalAdjusters.previousOrSame(MONDAY), without spinning its adjuster up at every start.
        return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }
}
