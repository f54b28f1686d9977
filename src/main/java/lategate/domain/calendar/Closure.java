package lategate.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One or more consecutive days the school is closed: a half term, an INSET day, a bank holiday. */
public record Closure(String name, ClosureKind kind, LocalDate starts, LocalDate ends) {

    public Closure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (ends.isBefore(starts)) {
            throw new IllegalArgumentException("closure '" + name + "' ends " + ends + " before it starts " + starts);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(starts) && !date.isAfter(ends);
    }
}
