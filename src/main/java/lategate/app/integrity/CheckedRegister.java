package lategate.app.integrity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A check of the register as kept afterwards: when, how far, the head it reached, how many problems
 * and the first in words. What the staff menu shows, and where the next quick check starts.
 */
public record CheckedRegister(Instant at, boolean full, ChainHead head, int problems, Optional<String> firstProblem) {

    public CheckedRegister {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstProblem, "firstProblem");
    }

    public boolean whole() {
        return problems == 0;
    }

    /** One line for a screen or a log: whole, or the first problem and how many more. */
    public String summary() {
        if (whole()) {
            return "the register is whole: " + head.seq() + " chain entries, head " + shortHash(head.hash())
                    + (full ? " (every entry checked)" : " (checked since the last whole check)");
        }
        String more = problems > 1 ? " (and " + (problems - 1) + " more)" : "";
        return "the register was changed outside lategate: " + firstProblem.orElse("") + more;
    }

    /** The first 12 hex digits: enough to compare by eye with the hub's copy. */
    public static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
