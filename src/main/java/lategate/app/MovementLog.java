package lategate.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.Movement;

/** Sign-outs and returns, appended and never changed. */
public interface MovementLog {

    /** Appends a movement for the school date it happened on, with who recorded it. */
    void record(Movement movement, LocalDate schoolDate, StaffIdentity by, Instant recordedAt);

    /** One pupil's movements on a school date, in time order. */
    List<Movement> of(String pupilId, LocalDate schoolDate);

    /** Every movement on a school date, in time order. */
    List<Movement> on(LocalDate schoolDate);

    /** Who recorded each sign-out and return, for the off-site list and the audit. */
    List<RecordedMovement> recordedOn(LocalDate schoolDate);

    /** Every movement between two school dates inclusive, with who recorded it, by school date, in time order. */
    java.util.SortedMap<LocalDate, List<RecordedMovement>> recordedBetween(LocalDate from, LocalDate to);

    record RecordedMovement(Movement movement, StaffIdentity by) {
    }
}
