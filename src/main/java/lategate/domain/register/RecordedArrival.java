package lategate.domain.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An arrival as the register holds it. */
public record RecordedArrival(long id, String pupilId, LocalDate schoolDate, Register register, Instant arrivedAt,
                              Mark mark, long minutesLate, String kioskId, Optional<String> consequence,
                              String explanation, String recordedBy) {
}
