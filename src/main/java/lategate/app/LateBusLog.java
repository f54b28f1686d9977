package lategate.app;

import java.time.Instant;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.entry.LateBus;

/** Late-bus mode as declared, kept with the register so it survives a restart; only ever appended. */
public interface LateBusLog {

    /** Records a late bus declared at {@code at} by {@code by} at kiosk {@code kioskId}, until {@code until}. */
    LateBus declare(String route, Instant at, Instant until, StaffIdentity by, String kioskId);

    /** The late bus covering {@code at}, the latest declared if more than one does. */
    Optional<LateBus> covering(Instant at);

    /** None declared: a kiosk with no late-bus mode. */
    LateBusLog NONE = new LateBusLog() {
        @Override
        public LateBus declare(String route, Instant at, Instant until, StaffIdentity by, String kioskId) {
            // A refusal staff read on the screen, not a bug: this kiosk was started without a register to keep it in.
            throw new Refused("this kiosk keeps no late-bus mode: nothing was declared");
        }

        @Override
        public Optional<LateBus> covering(Instant at) {
            return Optional.empty();
        }
    };
}
