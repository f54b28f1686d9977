package lategate.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bank holidays of England and Wales for one year, as the Banking and Financial Dealings Act
 * 1971 (Schedule 1) and the yearly royal proclamations set them: New Year's Day, Good Friday, Easter
 * Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with a
 * weekday in lieu when one falls at a weekend. A one-off (a coronation, a jubilee) or a moved date
 * is proclaimed for its year and cannot be computed: a school lists it as a closure.
 *
 * <p>Inside term a bank holiday is one of the school's closures, from its settings; outside term
 * this names the day, so a date in a holiday reads as the bank holiday it is (docs/settings.md).
 */
public final class BankHolidays {

    private BankHolidays() {
    }

    /** The name of the bank holiday on {@code date}, if it is one. */
    public static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** Every bank holiday of {@code year}, by date. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        put(days, LocalDate.of(year, 1, 1), inLieu(LocalDate.of(year, 1, 1)), "New Year's Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        days.put(LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday");
        days.put(LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            // Saturday: both days move, to Monday 27 and Tuesday 28.
            case SATURDAY -> {
                put(days, christmas, christmas.plusDays(2), "Christmas Day");
                put(days, boxingDay, boxingDay.plusDays(2), "Boxing Day");
            }
            // Sunday: Boxing Day keeps Monday 26, so Christmas Day moves to Tuesday 27.
            case SUNDAY -> {
                days.put(boxingDay, "Boxing Day");
                put(days, christmas, christmas.plusDays(2), "Christmas Day");
            }
            // Friday: Boxing Day falls on Saturday and moves to Monday 28.
            case FRIDAY -> {
                days.put(christmas, "Christmas Day");
                put(days, boxingDay, boxingDay.plusDays(2), "Boxing Day");
            }
            default -> {
                days.put(christmas, "Christmas Day");
                days.put(boxingDay, "Boxing Day");
            }
        }
        return days;
    }

    private static void put(Map<LocalDate, String> days, LocalDate day, LocalDate observed, String name) {
        days.put(observed, observed.equals(day) ? name : name + " (in lieu)");
    }

    /** The day itself, or the Monday after when it falls at a weekend. */
    private static LocalDate inLieu(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
