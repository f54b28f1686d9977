package lategate.domain.staff;

import java.util.Objects;
import java.util.function.Function;

/** What {@link AccessPolicy} answers for a role and an action: allowed, or refused with the reason a person reads. */
public sealed interface Permission {

    AccessPolicy.Action action();

    /** Whether the action may go ahead. */
    boolean allowed();

    /** Nothing, when allowed; otherwise throws what {@code refusal} makes of the reason. */
    <X extends RuntimeException> void orElseThrow(Function<String, X> refusal);

    /** The role may. */
    record Allowed(AccessPolicy.Action action) implements Permission {

        public Allowed {
            Objects.requireNonNull(action, "action");
        }

        @Override
        public boolean allowed() {
            return true;
        }

        @Override
        public <X extends RuntimeException> void orElseThrow(Function<String, X> refusal) {
        }
    }

    /**
     * The role may not; {@code reason} says who may, e.g. "only an administrator may purge the
     * register", and, asked for a member of staff, who they are first.
     */
    record Refused(AccessPolicy.Action action, String reason) implements Permission {

        public Refused {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean allowed() {
            return false;
        }

        @Override
        public <X extends RuntimeException> void orElseThrow(Function<String, X> refusal) {
            throw refusal.apply(reason);
        }
    }
}
