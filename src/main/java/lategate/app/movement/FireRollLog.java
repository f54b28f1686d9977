package lategate.app.movement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;

/**
 * Where roll calls and their ticks are kept as staff make them, so a roll survives the kiosk's idle lock
 * and a restart. One roll is open at a time; starting one closes the one open. A tick is never
 * changed: an untick is a tick of its own, and the latest for a pupil is what stands.
 */
public interface FireRollLog {

    /** A roll call: who started it, when, at which kiosk, and when and by whom it closed if it has. */
    record Started(long id, String kioskId, Instant at, StaffIdentity by, Optional<Instant> closedAt,
                   Optional<StaffIdentity> closedBy) {

        /** Whether this roll was open at {@code instant}: started by then and not yet closed. */
        public boolean openAt(Instant instant) {
            return !at.isAfter(instant) && closedAt.map(instant::isBefore).orElse(true);
        }
    }

    /** One tick or untick: {@code found} true when staff found the pupil, false when they took it back. */
    record Tick(String pupilId, boolean found, Instant at, StaffIdentity by) {
    }

    /** The roll open now, if there is one. */
    Optional<Started> open();

    /** The latest roll started at or before {@code instant}, open or closed since. */
    Optional<Started> latestStartedBy(Instant instant);

    /** Starts a roll, closing the one open (if any) at the same instant by the same person. */
    Started start(String kioskId, Instant at, StaffIdentity by);

    /** Closes the roll; a roll already closed stays as it closed. */
    void close(long rollId, Instant at, StaffIdentity by);

    /** Records a tick or an untick; committed before it returns. */
    void tick(long rollId, String pupilId, boolean found, Instant at, StaffIdentity by);

    /** The roll's ticks and unticks, in the order they were made. */
    List<Tick> ticks(long rollId);
}
