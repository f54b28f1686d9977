package lategate.domain.entry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;

/**
 * The latest change staff made to an entry: an amendment (of its code, or only its late reason),
 * or a claim they confirmed. The original is kept beside it (the 2024 regulations).
 *
 * @param how  {@link EntrySource#AMENDMENT} or {@link EntrySource#CLAIM}
 * @param from the code before this change
 * @param why  the amendment's reason, or what staff saw to confirm the claim
 * @param lateReason the late reason an amendment set with it (a late bus), if any
 */
public record EntryChange(EntrySource how, AttendanceCode from, AttendanceCode to, Instant at, StaffIdentity by,
                          String why, Optional<String> lateReason) {

    public EntryChange {
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(lateReason, "lateReason");
    }
}
