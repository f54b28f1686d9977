package lategate.domain.entry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.ReasonStatus;

/**
 * A late reason as recorded for an arrival, given then or later: the pupil's choice, a claim that
 * would authorise the absence once staff confirm it (docs/domain.md, "Register windows"), or that none was given.
 *
 * @param id     the record's number in the log, so a decision can name the claim it decides
 * @param claims the code the entry becomes if staff confirm a claimed reason
 */
public record ReasonRecord(long id, String label, ReasonStatus status, Optional<AttendanceCode> claims, Instant at,
                           String recordedBy) {

    public ReasonRecord {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** A claim staff can decide: claimed, with the code it would give. */
    public boolean isClaim() {
        return status == ReasonStatus.CLAIMED && claims.isPresent();
    }
}
