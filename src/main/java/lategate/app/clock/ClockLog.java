package lategate.app.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;

/**
 * The kiosk's record of its clock (docs/domain.md, "The kiosk's clock"): the latest instant the database has
 * recorded (its high-water mark), the append-only log of clock events (questioned, confirmed,
 * corrected) and the scans held while the clock was in question, each settled once.
 * Implementations make each call durable before returning.
 */
public interface ClockLog {

    /** The latest instant recorded, if any. */
    Optional<Instant> highWater();

    /** Moves the high-water mark forward to {@code at}; never back. */
    void raiseHighWater(Instant at);

    void questioned(String kioskId, String rule, String why, Instant kioskTime);

    /**
     * Each kiosk whose latest clock event questions its clock (staff have not yet confirmed or set
     * it since), as "kiosk ID: rule: why", in kiosk order.
     */
    List<String> stillQuestioned();

    /**
     * Staff say the clock is right: logged, and the high-water mark set to {@code kioskTime}, back if
     * need be (the later records were made by a clock that ran ahead).
     */
    void confirmed(String kioskId, StaffIdentity who, Instant kioskTime);

    /**
     * Staff set the right time: the clock said {@code from} when it was {@code to}. Logged, and the
     * high-water mark set to {@code to}.
     */
    void corrected(String kioskId, StaffIdentity who, Instant from, Instant to);

    /** Keeps a scan for later; returns its id. */
    long hold(String pupilId, String code, Instant heldAt, String kioskId, String recordedBy, String doubt);

    /** The scans held at this kiosk not yet settled, oldest first. */
    List<HeldScan> waiting(String kioskId);

    /** Settles a held scan, once: classified at {@code classifiedAt}, with what came of it. */
    void settle(long heldId, Instant classifiedAt, Optional<Long> arrivalId, String outcome, String settledBy,
                Instant settledAt);

    /**
     * Every scan held under a questioned clock that was taken, or classified, on {@code schoolDate},
     * and every one still waiting, oldest first.
     */
    List<ClockReview> reviewsOn(LocalDate schoolDate, java.time.ZoneId zone);
}
