package lategate.domain.lateness;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lategate.domain.calendar.SchoolCalendar;

/**
 * A rolling period of school weeks ending with the week of a day (or the last school week before it, in
 * a holiday). The period runs across terms and across school years: early in September it reaches back
 * over the summer into the previous year's last school weeks ("a rolling period of 10 school weeks",
 * the national framework for penalty notices, Working together to improve school attendance, August
 * 2024). Which weeks those were is known only when the settings give the previous year's terms; without
 * them the window is shorter than asked, and says so.
 *
 * @param weeks   the school weeks counted, oldest first
 * @param wanted  how many school weeks the threshold asks for
 * @param knownFrom the first day of the earliest academic year the calendar knows
 */
public record SchoolWeeksWindow(LocalDate on, List<Week> weeks, int wanted, LocalDate knownFrom) {

    /** One school week: its Monday, and its number in its own academic year (which starts {@code yearStarts}). */
    public record Week(LocalDate monday, int number, LocalDate yearStarts) {
    }

    public SchoolWeeksWindow {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(knownFrom, "knownFrom");
        weeks = List.copyOf(weeks);
    }

    /** The {@code schoolWeeks} school weeks ending by {@code on}, as far back as the calendar knows. */
    public static SchoolWeeksWindow ending(LocalDate on, int schoolWeeks, SchoolCalendar calendar) {
        List<Week> found = new ArrayList<>();
        LocalDate onsMonday = mondayOf(on);
        List<LocalDate> mondays = calendar.schoolWeekMondays();
        for (int i = mondays.size() - 1; i >= 0 && found.size() < schoolWeeks; i--) {
            if (!mondays.get(i).isAfter(onsMonday)) {
                found.add(0, new Week(mondays.get(i), i + 1, calendar.yearStarts()));
            }
        }
        LocalDate knownFrom = calendar.yearStarts();
        if (found.size() < schoolWeeks && calendar.previousYear().isPresent()) {
            SchoolCalendar previous = calendar.previousYear().get();
            knownFrom = previous.yearStarts();
            List<LocalDate> before = previous.schoolWeekMondays();
            for (int i = before.size() - 1; i >= 0 && found.size() < schoolWeeks; i--) {
                found.add(0, new Week(before.get(i), i + 1, previous.yearStarts()));
            }
        }
        return new SchoolWeeksWindow(on, found, schoolWeeks, knownFrom);
    }

    /** Whether an entry on {@code date} counts: in one of the weeks, and not after the day. */
    public boolean covers(LocalDate date) {
        if (date.isAfter(on)) {
            return false;
        }
        // Asked once an entry: a walk of the few weeks, not a set built each time.
        LocalDate monday = mondayOf(date);
        for (Week w : weeks) {
            if (w.monday().equals(monday)) {
                return true;
            }
        }
        return false;
    }

    /** The first day whose entries can count, so a report need not read earlier ones. */
    public LocalDate starts() {
        if (weeks.isEmpty()) {
            return on;
        }
        Week first = weeks.get(0);
        return first.monday().isBefore(first.yearStarts()) ? first.yearStarts() : first.monday();
    }

    /** The first week's number in its own year (0 when no school week has begun). */
    public int firstWeek() {
        return weeks.isEmpty() ? 0 : weeks.get(0).number();
    }

    /** The last week's number in its own year (0 when no school week has begun). */
    public int lastWeek() {
        return weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).number();
    }

    /** Whether the window reaches back into the previous academic year. */
    public boolean reachesPreviousYear() {
        return !weeks.isEmpty() && !weeks.get(0).yearStarts().equals(weeks.get(weeks.size() - 1).yearStarts());
    }

    /** How many of the wanted school weeks the calendar does not know (0 when the window is whole). */
    public int missing() {
        return wanted - weeks.size();
    }

    /**
     * The weeks in words: "school weeks 3-12", or "school weeks 36-39 of the year from 2025-09-01 and 1-6 of
     * this year"; {@link #shortBy} says why when the window is short.
     */
    public String words() {
        String span;
        if (weeks.isEmpty()) {
            span = "no school weeks yet";
        } else if (reachesPreviousYear()) {
            Week last = weeks.get(weeks.size() - 1);
            List<Week> earlier = weeks.stream().filter(w -> !w.yearStarts().equals(last.yearStarts())).toList();
            List<Week> later = weeks.stream().filter(w -> w.yearStarts().equals(last.yearStarts())).toList();
            span = "school weeks " + range(earlier) + " of the year from " + earlier.get(0).yearStarts() + " and "
                    + range(later) + " of this year";
        } else {
            span = "school weeks " + range(weeks);
        }
        return span;
    }

    /** Why the window is short, in a sentence: empty when it is whole. */
    public String shortBy() {
        if (missing() <= 0) {
            return "";
        }
        return "only " + weeks.size() + " of " + wanted + " school weeks: nothing before " + knownFrom
                + " is counted as the settings do not give the terms of the year before it ([calendar.previous_year])";
    }

    private static String range(List<Week> weeks) {
        int first = weeks.get(0).number();
        int last = weeks.get(weeks.size() - 1).number();
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
