package lategate.domain.entry;

import java.time.Instant;
import java.util.Objects;
import lategate.domain.audit.StaffIdentity;

/**
 * Staff's one decision on a claimed reason (an unavoidable medical appointment is authorised
 * only once the school accepts it: docs/domain.md, "Register windows"). A claim is decided once; a later change to the entry
 * is an amendment. A refusal says why, as every change to the register does (the 2024 regulations).
 *
 * @param reasonId the claimed reason it decides
 * @param why      what was seen or heard (confirmed) or why it was refused
 */
public record ClaimDecision(long reasonId, Verdict verdict, String why, Instant at, StaffIdentity by) {

    public enum Verdict {
        CONFIRMED("confirmed"), REFUSED("refused");

        private final String id;

        Verdict(String id) {
            this.id = id;
        }

        /** The stable name in the database and the command line. */
        public String id() {
            return id;
        }

        public static Verdict fromId(String id) {
            for (Verdict v : values()) {
                if (v.id.equals(id)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("no claim decision '" + id + "'");
        }
    }

    public ClaimDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (why.isBlank()) {
            throw new IllegalArgumentException(verdict == Verdict.CONFIRMED
                    ? "say what was seen or heard to confirm the claim, e.g. appointment card"
                    : "say why the claim is refused");
        }
    }
}
