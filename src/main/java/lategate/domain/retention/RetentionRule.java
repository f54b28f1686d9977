package lategate.domain.retention;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * How long a school keeps what lategate records, and so what may go. The School Attendance (Pupil
 * Registration) (England) Regulations 2024: "every entry on the attendance register for 6 years after the date on
 * which the entry was made"; older policies say 3 (the 2006 regulations). lategate counts
 * the years from the end of the academic year an entry belongs to (31 August; the year runs 1
 * September to 31 August), never from the entry's own date: every entry is then kept at least as
 * long as the policy asks, and a whole school year goes at once, so a report never sees half a
 * year. An entry dated in the academic year ending 31 August E goes on 1 September E + years.
 *
 * @param years how many whole years after the end of its academic year an entry is kept
 */
public record RetentionRule(int years) {

    public RetentionRule {
        if (years < 1) {
            throw new IllegalArgumentException("retention must be at least one year, not " + years);
        }
    }

    public static RetentionRule of(Period retention) {
        return new RetentionRule(Math.toIntExact(retention.toTotalMonths() / 12));
    }

    /**
     * The first date still kept on {@code today}: every entry dated before it is past retention.
     * It is the first day of the academic year {@code years} before the current one.
     */
    public LocalDate cutOff(LocalDate today) {
        return academicYearStart(today).minusYears(years);
    }

    /** 1 September of the academic year {@code date} falls in. */
    public static LocalDate academicYearStart(LocalDate date) {
        int startYear = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** The rule in one sentence, for the purge's output and the README. */
    public String sentence(LocalDate today) {
        LocalDate cutOff = cutOff(today);
        return "Entries are kept " + years + (years == 1 ? " year" : " years") + " after the end of the academic year "
                + "(31 August) they belong to; on " + today + " everything dated before " + cutOff
                + " is past retention (the academic year ending " + cutOff.minusDays(1) + " and earlier).";
    }
}
