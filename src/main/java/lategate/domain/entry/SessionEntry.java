package lategate.domain.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.LateEntry;
import lategate.domain.pupil.RosterPlace;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;

/**
 * One pupil's entry for one session as it stands: the one answer every view gives (Late Book, day,
 * pupil page, export, reports, summaries, the hub). Made only by {@link EntryResolution}.
 *
 * @param code         the national code as it stands
 * @param minutesLate  whole minutes after the register was taken, only while {@code code} is L or U
 * @param reason       the reason as it stands, in words: the pupil's (with where a claim stands), a
 *                     late reason staff set, or the sign-out's
 * @param consequence  what the school attaches to the mark, only while the entry stands at the mark
 *                     the pupil was told it for
 * @param originalCode the entry as first made, before any claim decision or amendment
 * @param at           when the entry was first made: the pupil's scan, their return from lunch, the
 *                     sign-out, or (an entry staff made with no other record) the amendment
 * @param explanation  the sentence that says why the entry was made as it was: the rule's words
 * @param recordedBy   who recorded what first made the entry: the arrival's recorder, or the member
 *                     of staff at the office
 * @param change       the latest change staff made (an amendment, or a confirmed claim), if any
 * @param arrival      the pupil's first scan for the register, if they scanned
 * @param repeats      later scans for the same register, never marks of their own
 * @param claim        the pupil's claimed reason and where it stands, if their reason is a claim
 * @param toReview     the arrival was taken under a questioned clock and deserves a second look
 * @param placeThen    the pupil's year and class as the roster had them that day, when known
 * @param history      everything recorded for the session, in order, in words
 */
public record SessionEntry(String pupilId, LocalDate date, Register register, AttendanceCode code,
                           OptionalLong minutesLate, Optional<String> reason, Optional<ReasonStatus> reasonStatus,
                           Optional<String> consequence, EntrySource source, AttendanceCode originalCode,
                           EntrySource originalSource, Instant at, String explanation, String recordedBy, Optional<EntryChange> change,
                           Optional<RecordedArrival> arrival, int repeats, Optional<ClaimStanding> claim,
                           boolean toReview, Optional<RosterPlace> placeThen, EntryHistory history) {

    public SessionEntry {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minutesLate, "minutesLate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonStatus, "reasonStatus");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(originalCode, "originalCode");
        Objects.requireNonNull(originalSource, "originalSource");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(placeThen, "placeThen");
        Objects.requireNonNull(history, "history");
        if (minutesLate.isPresent() != isLate(code)) {
            throw new IllegalArgumentException("minutes late go with L and U only, not " + code.code());
        }
    }

    /** The entry stands as a late mark, L or U. */
    public boolean isLate() {
        return isLate(code);
    }

    /** The entry was a late mark when it was made, whatever it stands as now: a line of the Late Book. */
    public boolean wasLate() {
        return isLate(originalCode) || isLate();
    }

    /** Staff changed the code since the entry was made (a late reason set alone is no change of code). */
    public boolean changed() {
        return code != originalCode;
    }

    /** When the entry as it stands was recorded: the latest change, else when it was first made. */
    public Instant standsSince() {
        return change.map(EntryChange::at).orElse(at);
    }

    /** Who recorded the entry as it stands: the member of staff who last changed it, else who made it. */
    public String standsBy() {
        return change.map(c -> c.by().toString()).orElse(recordedBy);
    }

    /**
     * How the pupil's first arrival for the register was signed in (a badge scanned, a code typed, staff
     * without a badge, the office's command); none with no arrival, or one recorded before that was kept.
     */
    public Optional<lategate.domain.register.SignInMethod> signIn() {
        return arrival.flatMap(RecordedArrival::method);
    }

    /** The entry as the lateness reports count it. */
    public LateEntry asLateEntry() {
        return new LateEntry(pupilId, date, register, code, minutesLate.orElse(0));
    }

    private static boolean isLate(AttendanceCode code) {
        return code == AttendanceCode.L || code == AttendanceCode.U;
    }
}
