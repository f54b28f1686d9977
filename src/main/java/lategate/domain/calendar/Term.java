package lategate.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

public record Term(String name, LocalDate starts, LocalDate ends) {

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (ends.isBefore(starts)) {
            throw new IllegalArgumentException("term '" + name + "' ends " + ends + " before it starts " + starts);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(starts) && !date.isAfter(ends);
    }

    public boolean overlaps(Term other) {
        return !starts.isAfter(other.ends) && !other.starts.isAfter(ends);
    }
}
