package lategate.app.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.EntrySource;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.domain.register.SignInMethod;

/**
 * One pupil's entry for one register on one school day, as a school's MIS takes it: one row per
 * pupil per session.
 *
 * @param code the entry as it stands (see {@code RegisterEntries})
 * @param minutesLate whole minutes after the register was taken, when {@code code} is L or U
 * @param comment one line of text: the pupil's late reason, the sign-out's reason, or the amendment's
 * @param originalCode the entry before any amendment ({@code code} itself when never amended)
 * @param arrivedAt the pupil's arrival for this register, if they scanned in for it
 * @param recordedAt when the entry as it stands was recorded: the arrival, sign-out, return, or latest change
 * @param recordedBy who recorded it: the arrival's recorder, or the member of staff's name and position
 * @param signIn how the arrival was signed in, if the pupil arrived and that was kept
 */
public record ExportedMark(LocalDate date, Register session, Pupil pupil, AttendanceCode code,
                           OptionalLong minutesLate, String comment, AttendanceCode originalCode,
                           EntrySource source, Optional<Instant> arrivedAt, Instant recordedAt,
                           String recordedBy, Optional<SignInMethod> signIn) {

    public ExportedMark {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minutesLate, "minutesLate");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(originalCode, "originalCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(signIn, "signIn");
    }

    public boolean amended() {
        return source == EntrySource.AMENDMENT || source == EntrySource.CLAIM;
    }
}
