package lategate.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lategate.app.badge.BadgeIssueLog;
import lategate.app.movement.MovementLog;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeRefusal;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;

/**
 * A pupil signs in with a badge: read the code (its check character or signature, and for a QR
 * code that it is the pupil's latest badge), find them, classify the instant, append it to the
 * register. A code that proves nothing signs nobody in, and is kept in the scan log.
 */
public final class SignIn {

    /** How far ahead of this machine's clock an arrival may be, for kiosks whose clocks differ a little. */
    public static final Duration CLOCK_ALLOWANCE = Duration.ofMinutes(2);

    private final School school;
    private final PupilDirectory pupils;
    private final RegisterLog register;
    private final MovementLog movements;
    private final Clock clock;
    private final BadgeCodes codes;
    private final BadgeIssueLog issues;

    public SignIn(School school, BadgeCodes codes, BadgeIssueLog issues, PupilDirectory pupils, RegisterLog register,
                  MovementLog movements, Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a scan (or a code typed at the kiosk) that arrived at {@code at}. A reason, if given,
     * must be one of the school's; check with {@link School#reason(String)} first.
     */
    public SignInOutcome scan(String code, Instant at, String kioskId, String recordedBy, Optional<String> reasonKey) {
        Optional<LateReason> reason = reason(reasonKey);
        ScannedBadge read = codes.read(code);
        if (read instanceof ScannedBadge.Refused refused) {
            return notRecognised(code, Optional.empty(), refused.refusal(), at, kioskId);
        }
        String pupilCode = ((ScannedBadge.Proven) read).pupilCode();
        Optional<Pupil> found = pupils.onRollByBadge(pupilCode);
        if (found.isEmpty()) {
            return notRecognised(code, Optional.empty(), new BadgeRefusal(BadgeRefusal.Kind.UNKNOWN,
                    PupilWords.badgeNotRecognised(), "no pupil on roll has badge " + pupilCode), at, kioskId);
        }
        if (read instanceof ScannedBadge.Signed signed) {
            Optional<BadgeRefusal> replaced = issues.of(found.get().id()).refusal(signed.issue(), school.zone());
            if (replaced.isPresent()) {
                return notRecognised(code, Optional.of(found.get().id()), replaced.get(), at, kioskId);
            }
        }
        return arrive(found.get(), at, kioskId, recordedBy, reason);
    }

    /**
     * The pupil on roll whose badge this code is, when it proves itself (and, for a QR code, is
     * their latest badge); records nothing. Staff mode asks, to tell a badge from typed text.
     */
    public Optional<Pupil> holderOf(String code) {
        if (!(codes.read(code) instanceof ScannedBadge.Proven read)) {
            return Optional.empty();
        }
        return pupils.onRollByBadge(read.pupilCode()).filter(pupil -> !(read instanceof ScannedBadge.Signed signed)
                || issues.of(pupil.id()).refusal(signed.issue(), school.zone()).isEmpty());
    }

    /**
     * Signs in a pupil staff have found by name (a forgotten badge): no code to read, so the
     * member of staff named in {@code recordedBy} vouches for who it is.
     */
    public SignInOutcome withoutBadge(Pupil pupil, Instant at, String kioskId, String recordedBy,
                                      Optional<String> reasonKey) {
        return arrive(pupil, at, kioskId, recordedBy, reason(reasonKey));
    }

    private Optional<LateReason> reason(Optional<String> reasonKey) {
        return reasonKey.map(key -> school.reason(key)
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not one of " + school.name()
                        + "'s reasons")));
    }

    private SignInOutcome notRecognised(String code, Optional<String> pupilId, BadgeRefusal refusal, Instant at,
                                        String kioskId) {
        String kept = ScanText.forLog(code);
        register.recordUnmarkedScan(kept, pupilId, at, kioskId, refusal.why());
        return new SignInOutcome.BadgeNotRecognised(kept, refusal);
    }

    private SignInOutcome arrive(Pupil pupil, Instant at, String kioskId, String recordedBy,
                                 Optional<LateReason> reason) {
        String badge = pupil.badge();
        Instant now = clock.instant();
        if (at.isAfter(now.plus(CLOCK_ALLOWANCE))) {
            return new SignInOutcome.Refused(pupil, "the arrival time " + at.atZone(school.zone()).toLocalDateTime()
                    + " is in the future (it is now " + now.atZone(school.zone()).toLocalDateTime().withNano(0)
                    + "): nothing was recorded");
        }
        LocalDate date = at.atZone(school.zone()).toLocalDate();
        Optional<Movement.SignedOut> out = new DayMovements(pupil.id(), movements.of(pupil.id(), date)).offSite();
        if (out.isPresent() && !at.isBefore(out.get().at())) {
            // Back from an appointment: signed back in, never marked late (issue 5; DOMAIN).
            movements.record(new Movement.SignedBackIn(pupil.id(), at), date,
                    new StaffIdentity(recordedBy, "kiosk " + kioskId), now);
            return new SignInOutcome.SignedBackIn(pupil, out.get());
        }
        Classification classification = school.registerRules().classify(at, pupils.cutOffsOf(pupil.id()));
        if (classification.mark() == Mark.NONE) {
            register.recordUnmarkedScan(badge, Optional.of(pupil.id()), at, kioskId, classification.explanation());
            return new SignInOutcome.NothingToMark(pupil, classification);
        }
        Optional<String> consequence = classification.register()
                .flatMap(r -> school.consequenceOf(classification.mark(), r));
        Optional<ReasonGiven> given = classification.mark().isLate() ? reason.map(ReasonGiven::byPupil)
                : Optional.empty();
        Recording recording = register.record(new NewArrival(pupil, classification, kioskId, recordedBy, now,
                consequence, given));
        if (recording instanceof Recording.Repeat repeat) {
            Optional<ReasonGiven> added = repeat.arrival().mark().isLate() ? reason.map(ReasonGiven::byPupil)
                    : Optional.empty();
            added.ifPresent(r -> register.recordReason(repeat.arrival().id(), Optional.of(r), now, recordedBy));
            return new SignInOutcome.AlreadySignedIn(pupil, repeat.arrival(), added,
                    at.isBefore(repeat.arrival().arrivedAt()));
        }
        return new SignInOutcome.Marked(pupil, classification, recording.arrival(), consequence, given);
    }
}
