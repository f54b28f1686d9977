package lategate.domain.badge;

import java.time.Instant;
import java.util.Objects;

/**
 * A badge made for a pupil after their first: issue number 2 replaces number 1, and so on. A
 * pupil with none recorded holds the first.
 *
 * @param reason why it was reissued (lost, damaged, name changed), as the office gave it
 */
public record BadgeIssue(String pupilId, int issue, Instant issuedAt, String reason, String issuedBy) {

    public BadgeIssue {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issuedBy, "issuedBy");
        if (issue < 2) {
            throw new IllegalArgumentException("issue number 1 is every pupil's first badge; reissues start at 2");
        }
    }
}
