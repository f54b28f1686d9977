package lategate.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Part of a term between its half-term holidays, by its first and last school days. Schools
 * review attendance half-termly (e.g. a policy's "half termly" letters and review points), so a
 * half-term is a period the register is judged over.
 */
public record HalfTerm(String name, LocalDate firstSchoolDay, LocalDate lastSchoolDay) {

    public HalfTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstSchoolDay, "firstSchoolDay");
        Objects.requireNonNull(lastSchoolDay, "lastSchoolDay");
        if (lastSchoolDay.isBefore(firstSchoolDay)) {
            throw new IllegalArgumentException("half-term '" + name + "' ends " + lastSchoolDay + " before it starts "
                    + firstSchoolDay);
        }
    }
}
