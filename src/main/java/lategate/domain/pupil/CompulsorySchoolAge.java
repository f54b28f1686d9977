package lategate.domain.pupil;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * When a child begins to be of compulsory school age (Education Act 1996, s.8(2) and (3), with the
 * Education (Start of Compulsory School Age) Order 1998): on the prescribed day (31 December, 31 March or
 * 31 August) on which they turn five, or otherwise on the first prescribed day after their fifth birthday.
 * A penalty notice is only for the absence of a child of compulsory school age, so a younger pupil is
 * never at the penalty notice threshold.
 */
public final class CompulsorySchoolAge {

    /** The prescribed days, in calendar order. */
    static final List<MonthDay> PRESCRIBED_DAYS = List.of(MonthDay.of(3, 31), MonthDay.of(8, 31),
            MonthDay.of(12, 31));

    private CompulsorySchoolAge() {
    }

    /**
     * The first day the child is of compulsory school age. A child born on 29 February turns five on
     * 28 February or 1 March of a common year, by whichever reckoning; either way the next prescribed day is
     * 31 March, so the rule does not depend on it.
     */
    public static LocalDate startsFor(LocalDate dateOfBirth) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        LocalDate fifthBirthday = dateOfBirth.plusYears(5);
        for (int year = fifthBirthday.getYear(); ; year++) {
            for (MonthDay day : PRESCRIBED_DAYS) {
                LocalDate prescribed = day.atYear(year);
                if (!prescribed.isBefore(fifthBirthday)) {
                    return prescribed;
                }
            }
        }
    }

    /** Whether a child born on {@code dateOfBirth} is below compulsory school age on {@code on}. */
    public static boolean isBelowOn(LocalDate dateOfBirth, LocalDate on) {
        return on.isBefore(startsFor(dateOfBirth));
    }
}
