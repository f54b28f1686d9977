package lategate.domain.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An arrival as the register holds it; {@code method} is how it was signed in, none for an arrival
 * recorded before lategate kept that.
 */
public record RecordedArrival(long id, String pupilId, LocalDate schoolDate, Register register, Instant arrivedAt,
                              Mark mark, long minutesLate, String kioskId, Optional<String> consequence,
                              String explanation, String recordedBy, Optional<SignInMethod> method) {

    public RecordedArrival {
        Objects.requireNonNull(method, "method");
    }

    /** An arrival with no record of how it was signed in. */
    public RecordedArrival(long id, String pupilId, LocalDate schoolDate, Register register, Instant arrivedAt,
                           Mark mark, long minutesLate, String kioskId, Optional<String> consequence,
                           String explanation, String recordedBy) {
        this(id, pupilId, schoolDate, register, arrivedAt, mark, minutesLate, kioskId, consequence, explanation,
                recordedBy, Optional.empty());
    }
}
