package lategate.app.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.entry.EntrySource;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;

/**
 * What a kiosk's database holds about one school day, as the attendance team needs it elsewhere:
 * per pupil with any event, each register's entry as it stands with its original, minutes late and
 * reason, repeats, sign-outs and returns, amendments; the lead's stage decisions made that day; and
 * the kiosk's own figures. Codes are the national codes' text (DfE 2024 set), so a hub needs no
 * lategate code to read them. Lists are in a fixed order so the same day always gives the same
 * content.
 */
public record DayContent(List<PupilDay> pupils, List<Decision> decisions, List<KioskFigures> kiosks) {

    public DayContent {
        pupils = List.copyOf(pupils);
        decisions = List.copyOf(decisions);
        kiosks = List.copyOf(kiosks);
    }

    public boolean isEmpty() {
        return pupils.isEmpty() && decisions.isEmpty() && kiosks.isEmpty();
    }

    /** A pupil as the roster described them on that day, with the day's events. */
    public record PupilDay(String pupilId, String givenName, String familyName, String year, String className,
                           Groups groups, List<RegisterMark> marks, List<Movement> movements,
                           List<Amendment> amendments) {
        public PupilDay {
            Objects.requireNonNull(pupilId, "pupilId");
            marks = List.copyOf(marks);
            movements = List.copyOf(movements);
            amendments = List.copyOf(amendments);
        }
    }

    /** The groups reports compare against the rest of the school (docs/domain.md, "Lateness tracking and thresholds"). */
    public record Groups(boolean send, boolean pupilPremium, boolean fsm, boolean lookedAfter, boolean eal) {
    }

    /**
     * A register's entry as it stands: {@code RegisterEntries}' one resolution (docs/domain.md, "The entry as
     * it stands"), never derived again here; its original beside it (the 2024
     * regulations); the pupil's first scan for the register as the kiosk recorded it, if they scanned (a
     * sign-out's M or a lunch pass's N has none); and every later scan kept as a repeat.
     *
     * @param code           the national code as it stands
     * @param minutesLate    whole minutes after the register was taken, only while {@code code} is L or U
     * @param reason         the reason as it stands, in words
     * @param reasonStatus   where the pupil's reason stands: given, claimed, confirmed, refused, not_given,
     *                       not_asked (docs/contracts.md)
     * @param source         what made the entry stand as it does ({@link EntrySource#id()})
     * @param originalCode   the entry as first made, before any claim decision or amendment
     * @param originalSource what first made it
     * @param madeAt         when it was first made: the scan, the sign-out, the return from lunch, or the
     *                       amendment that alone made it
     * @param explanation    the scan's sentence when the pupil scanned, else the sentence of the rule that
     *                       made the entry
     * @param change         the latest change staff made (an amendment, or a claim they confirmed), if any
     * @param arrival        the pupil's first scan for the register, if they scanned
     */
    public record RegisterMark(String register, String code, OptionalLong minutesLate, Optional<String> reason,
                               Optional<String> reasonStatus, String source, String originalCode,
                               String originalSource, Instant madeAt, String explanation, Optional<Change> change,
                               Optional<Arrival> arrival, List<Repeat> repeats) {
        public RegisterMark {
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(minutesLate, "minutesLate");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reasonStatus, "reasonStatus");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(originalCode, "originalCode");
            Objects.requireNonNull(originalSource, "originalSource");
            Objects.requireNonNull(madeAt, "madeAt");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(arrival, "arrival");
            repeats = List.copyOf(repeats);
        }

        /** The entry as the summary carries it, with the repeat scans the store read for its register. */
        public static RegisterMark of(SessionEntry entry, List<Repeat> repeats) {
            Optional<Arrival> arrival = entry.arrival().map(a -> new Arrival(a.mark().id(), a.arrivedAt(),
                    a.kioskId(), a.minutesLate(), a.method().map(m -> m.id())));
            Optional<Change> change = entry.change().map(c -> new Change(c.from().code(), c.at(), c.by().name(),
                    c.by().position(), c.why()));
            return new RegisterMark(entry.register().name(), entry.code().code(), entry.minutesLate(), entry.reason(),
                    entry.reasonStatus().map(ReasonStatus::id), entry.source().id(), entry.originalCode().code(),
                    entry.originalSource().id(), entry.at(),
                    entry.arrival().map(RecordedArrival::explanation).orElse(entry.explanation()), change, arrival,
                    repeats);
        }
    }

    /**
     * The pupil's first scan for a register as the kiosk recorded it.
     *
     * @param recordedMark "on_time", "L" or "U", as the scan was classified then
     * @param minutesLate  the scan's own whole minutes after the register was taken
     * @param signIn       how it was signed in ({@code scan}, {@code typed}, {@code staff}, {@code office});
     *                     none for an arrival recorded before that was kept
     */
    public record Arrival(String recordedMark, Instant at, String kioskId, long minutesLate, Optional<String> signIn) {
        public Arrival {
            Objects.requireNonNull(recordedMark, "recordedMark");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kioskId, "kioskId");
            Objects.requireNonNull(signIn, "signIn");
        }

        /** An arrival with no record of how it was signed in. */
        public Arrival(String recordedMark, Instant at, String kioskId, long minutesLate) {
            this(recordedMark, at, kioskId, minutesLate, Optional.empty());
        }
    }

    /**
     * The latest change staff made to an entry: the code it changed from, when, by whom (name and
     * position, as the audit trail names them) and why.
     */
    public record Change(String from, Instant at, String by, String position, String why) {
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(why, "why");
        }
    }

    public record Repeat(Instant at, String kioskId) {
    }

    /** A sign-out ("out", with the code a register taken meanwhile gets) or a return ("in"). */
    public record Movement(String kind, Instant at, Optional<String> code, Optional<String> reason,
                           Optional<String> collectedBy, String recordedBy) {
    }

    public record Amendment(String register, String originalCode, String amendedCode, String reason,
                            Instant at, String by, String position) {
    }

    public record Decision(String pupilId, int block, int fromStage, int proposedStage, int decidedStage,
                           String kind, String by, String position, Optional<String> why, Instant at) {
    }

    /** How one kiosk did that day: every scan, badges nobody holds, saves that failed. */
    public record KioskFigures(String kioskId, int scans, int unknownBadges, int failedSaves) {
    }
}
