package lategate.domain.retention;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Optional;

/**
 * How long a school keeps what lategate records, and so what may go. The School Attendance (Pupil
 * Registration) (England) Regulations 2024 keep "every entry on the attendance register for 6 years
 * after the date on which the entry was made" (docs/data-protection.md); older policies
 * say 3 (the 2006 regulations), which the 2024 regulations supersede. A school may keep longer, never
 * shorter ({@link #belowTheLaw}).
 *
 * <p>Every record is aged by the date it was <em>made</em>, never by the date of the session it is
 * about: an amendment made on 15 October 2021 to a mark of 20 July 2021 is an entry made in October.
 * lategate counts the years from the end of the academic year (31 August; the year runs 1 September
 * to 31 August) in which a record was made: a record made in the academic year ending 31 August E
 * goes on 1 September E + years, which is always more than {@code years} after the day it was made,
 * so nothing is purged younger than the law allows, and a whole school year goes at once.
 *
 * @param years how many whole years after the end of the academic year it was made in a record is kept
 */
public record RetentionRule(int years) {

    /** The 2024 regulations: 6 years after the date on which the entry was made. */
    public static final int LEGAL_MINIMUM_YEARS = 6;
    /** The law behind the minimum, for every message that cites it. */
    public static final String LAW = "the School Attendance (Pupil Registration) (England) Regulations 2024";

    public RetentionRule {
        if (years < 1) {
            throw new IllegalArgumentException("retention must be at least one year, not " + years);
        }
    }

    public static RetentionRule of(Period retention) {
        return new RetentionRule(Math.toIntExact(retention.toTotalMonths() / 12));
    }

    /**
     * Why {@code years} may not be a school's retention, if it may not: fewer years than the law
     * keeps register entries for. A policy that still says 3 years (the 2006 regulations) is
     * superseded, so the value is refused rather than obeyed.
     */
    public static Optional<String> belowTheLaw(long years) {
        if (years >= LEGAL_MINIMUM_YEARS) {
            return Optional.empty();
        }
        return Optional.of(years + (years == 1 ? " year" : " years") + " is less than the law allows: " + LAW
                + " keep every entry on the attendance register for " + LEGAL_MINIMUM_YEARS + " years after the "
                + "date on which the entry was made; a school may keep longer, never shorter (a policy that "
                + "still says 3 years follows the 2006 regulations, which they replaced)");
    }

    /** This rule's own {@link #belowTheLaw} answer. */
    public Optional<String> belowTheLaw() {
        return belowTheLaw(years);
    }

    /**
     * The first date still kept on {@code today}: every record made before it is past retention.
     * It is the first day of the academic year {@code years} before the current one.
     */
    public LocalDate cutOff(LocalDate today) {
        return academicYearStart(today).minusYears(years);
    }

    /** The first day a record made on {@code made} may be purged: 1 September after its academic year, plus the years. */
    public LocalDate firstPurgeDate(LocalDate made) {
        return academicYearStart(made).plusYears(years + 1L);
    }

    /** 1 September of the academic year {@code date} falls in. */
    public static LocalDate academicYearStart(LocalDate date) {
        int startYear = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** The rule in one sentence, for the purge's output and the README. */
    public String sentence(LocalDate today) {
        LocalDate cutOff = cutOff(today);
        return "Each record is kept " + years + (years == 1 ? " year" : " years") + " after the end of the academic "
                + "year (31 August) in which it was made (an amendment by the day it was made, not the day it "
                + "amends); on " + today + " everything made before " + cutOff + " is past retention (the academic "
                + "year ending " + cutOff.minusDays(1) + " and earlier), and a register session goes only once "
                + "everything recorded on it was made before then.";
    }
}
