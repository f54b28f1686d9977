package lategate.domain.entry;

import java.util.Objects;
import java.util.Optional;

/**
 * A claimed reason (docs/domain.md, "Register windows") and where it stands: open until staff decide it, once. An
 * amendment of the entry made after the claim settles it too: staff looked at the entry and set it.
 */
public record ClaimStanding(ReasonRecord claim, State state, Optional<ClaimDecision> decision) {

    public enum State { OPEN, CONFIRMED, REFUSED, SETTLED_BY_AMENDMENT }

    public ClaimStanding {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decision, "decision");
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
