package lategate.domain.pupil;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pupil's year group, read from however a school's MIS writes it, and kept the one way the School
 * Census writes a National Curriculum year (DfE, School Census business and technical specification,
 * "NC year group actual"): {@code R} for reception, {@code 1} to {@code 14} for the years after.
 * "Year 3", "Y3", "Yr 3", "Year 03" and "3" are all year 3; "Reception", "Rec", "R" and "YR" are
 * reception. So a report that says "Year " before it never prints "Year Year 3".
 *
 * <p>Nursery (the Census's N1 and N2) is not a year lategate registers: nursery pupils are below
 * compulsory school age and have no attendance register to keep, so they are refused with a reason
 * rather than kept under a year group no report knows.
 */
public final class YearGroup {

    public static final String RECEPTION = "R";
    /** The highest National Curriculum year the School Census records. */
    public static final int HIGHEST = 14;

    private static final Pattern NUMBERED = Pattern.compile("(?:YEAR|YR|Y|NCY)?\\s*\\.?\\s*(\\d{1,2})");
    private static final Pattern RECEPTION_WRITTEN = Pattern.compile("(?:YEAR\\s*)?(?:RECEPTION|REC|R)|YR|Y\\s*R");
    private static final Pattern NURSERY = Pattern.compile("NURSERY.*|N\\s*[12]|NUR|PRE-?SCHOOL|YN");

    private YearGroup() {
    }

    /** The year group as lategate keeps it ("R", "1" ... "14"), or empty if {@code written} is not one. */
    public static Optional<String> read(String written) {
        String w = written.strip().toUpperCase(Locale.ROOT);
        if (RECEPTION_WRITTEN.matcher(w).matches()) {
            return Optional.of(RECEPTION);
        }
        Matcher numbered = NUMBERED.matcher(w);
        if (numbered.matches()) {
            int year = Integer.parseInt(numbered.group(1));
            if (year >= 1 && year <= HIGHEST) {
                return Optional.of(Integer.toString(year));
            }
        }
        return Optional.empty();
    }

    /** Why {@code written} is not a year group, in words for the office; for a value {@link #read} refuses. */
    public static String whyNot(String written) {
        if (NURSERY.matcher(written.strip().toUpperCase(Locale.ROOT)).matches()) {
            return "'" + written + "' is a nursery year: nursery pupils are below compulsory school age and are not "
                    + "registered by lategate, so leave them out of the roster";
        }
        return "'" + written + "' is not a year group: write R (reception) or a year from 1 to " + HIGHEST
                + ", e.g. 3, Year 3, Y3 or Reception";
    }
}
