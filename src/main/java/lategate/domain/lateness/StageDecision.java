package lategate.domain.lateness;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;

/**
 * The attendance lead's decision on a proposed stage change: confirmed as proposed, or overridden
 * to another stage with the reason why. Kept for good with who decided and when; nothing is sent
 * without one (the school's policy; docs/domain.md, "Lateness tracking and thresholds").
 */
public record StageDecision(String pupilId, Block block, Stage from, Stage proposed, Stage decided, Kind kind,
                            StaffIdentity by, Optional<String> why, Instant at) {

    public enum Kind {
        CONFIRMED("confirmed"), OVERRIDDEN("overridden");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public StageDecision {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(at, "at");
        if (kind == Kind.CONFIRMED && !decided.equals(proposed)) {
            throw new IllegalArgumentException("a confirmed decision keeps the proposed stage");
        }
        if (kind == Kind.OVERRIDDEN && why.map(String::isBlank).orElse(true)) {
            throw new IllegalArgumentException("an override needs the reason why");
        }
    }

    /** A letter goes only where the decided stage differs from the stage carried in. */
    public boolean changesStage() {
        return !decided.equals(from);
    }
}
