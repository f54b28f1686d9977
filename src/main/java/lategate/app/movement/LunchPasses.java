package lategate.app.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.LunchPass;

/** Lunchtime passes, kept; a pass is ended, never deleted. */
public interface LunchPasses {

    long grant(String pupilId, LocalDate from, java.util.Optional<LocalDate> to, String reason, Instant at,
               StaffIdentity by);

    void end(long passId, LocalDate lastDay, Instant at, StaffIdentity by);

    List<LunchPass> ofPupil(String pupilId);

    /** Every pass valid on a date. */
    List<LunchPass> validOn(LocalDate date);
}
