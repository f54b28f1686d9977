package lategate.domain.entry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;

/**
 * The entry a session gets from what the pupil did, before staff decide or amend anything.
 *
 * @param reason the reason that goes with it when it is not the pupil's own (a sign-out's, a return's)
 * @param recordedBy who recorded what made it: the arrival's recorder, or the member of staff at the office
 * @param words  the deciding rule's sentence, for the entry's history
 */
public record FirstEntry(AttendanceCode code, OptionalLong minutesLate, EntrySource source, Instant at,
                         Optional<String> reason, String recordedBy, String words) {

    public FirstEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minutesLate, "minutesLate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(words, "words");
    }
}
