package lategate.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import lategate.app.badge.BadgeIssueLog;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.DayMovements;
import lategate.domain.entry.EntryResolution;
import lategate.domain.entry.FirstEntryRule;
import lategate.domain.entry.SessionEvents;
import lategate.domain.entry.SessionFacts;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.SignInMethod;
import lategate.domain.register.Mark;
import lategate.domain.register.TimeWords;
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
    private final BadgeHolders holders;
    private final Optional<ArrivalHold> hold;

    public SignIn(School school, BadgeCodes codes, BadgeIssueLog issues, PupilDirectory pupils, RegisterLog register,
                  MovementLog movements, Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.holders = new BadgeHolders(codes, pupils, issues, school.zone());
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hold = Optional.empty();
    }

    private SignIn(SignIn unguarded, ArrivalHold hold) {
        this.school = unguarded.school;
        this.holders = unguarded.holders;
        this.pupils = unguarded.pupils;
        this.register = unguarded.register;
        this.movements = unguarded.movements;
        this.clock = unguarded.clock;
        this.hold = Optional.of(Objects.requireNonNull(hold, "hold"));
    }

    /**
     * The same sign-in at a kiosk that checks its clock (docs/domain.md, "The kiosk's clock"): while {@code hold} is
     * holding, a pupil's arrival is kept there, not marked, until staff settle the time. The
     * command line's sign-in is never guarded: a time typed with --at is the office's word.
     */
    public SignIn guardedBy(ArrivalHold hold) {
        return new SignIn(this, hold);
    }

    /**
     * Records a code given with no scanner (the command line's --badge) at kiosk {@code kioskId}; see
     * {@link #scan(String, Instant, ScanOrigin, String, Optional)}.
     */
    public SignInOutcome scan(String code, Instant at, String kioskId, String recordedBy, Optional<String> reasonKey) {
        return scan(code, at, ScanOrigin.noScanner(kioskId), recordedBy, reasonKey);
    }

    /**
     * Records a scan (or a code typed at the kiosk) that arrived at {@code at}; a refused one is kept in
     * the scan log with the scanner it came from. A reason, if given, must be one of the school's; check
     * with {@link School#reason(String)} first.
     */
    public SignInOutcome scan(String code, Instant at, ScanOrigin from, String recordedBy,
                              Optional<String> reasonKey) {
        Optional<LateReason> reason = reason(reasonKey);
        BadgeCheck checked = holders.check(code, from.method() == SignInMethod.TYPED);
        if (checked instanceof BadgeCheck.Refused refused) {
            String kept = ScanText.forLog(code);
            register.recordUnmarkedScan(kept, refused.pupilId(), at, from, refused.refusal().why());
            return new SignInOutcome.BadgeNotRecognised(kept, refused.refusal());
        }
        return arrive(((BadgeCheck.Holder) checked).pupil(), at, from, from.method(), recordedBy, reason, false);
    }

    /**
     * A scan while a late bus runs (docs/receptionist.md, "Late-bus mode"): a late pupil gets the bus as
     * their reason, given, and no consequence, since it is told to nobody; the mark is what the register
     * rules give. A repeat scan adds nothing. Otherwise as {@link #scan(String, Instant, ScanOrigin, String,
     * Optional)} with no reason.
     */
    public SignInOutcome scanFromLateBus(String code, Instant at, ScanOrigin from, String recordedBy,
                                        lategate.domain.entry.LateBus bus) {
        BadgeCheck checked = holders.check(code, from.method() == SignInMethod.TYPED);
        if (checked instanceof BadgeCheck.Refused refused) {
            String kept = ScanText.forLog(code);
            register.recordUnmarkedScan(kept, refused.pupilId(), at, from, refused.refusal().why());
            return new SignInOutcome.BadgeNotRecognised(kept, refused.refusal());
        }
        return arrive(((BadgeCheck.Holder) checked).pupil(), at, from, from.method(), recordedBy,
                Optional.of(bus.reason(school.zone())), true);
    }

    /** What the school's printed codes are, for the kiosk to say (docs/receptionist.md, "Existing cards"). */
    public lategate.domain.badge.PrintedCodes printedCodes() {
        return holders.printedCodes();
    }

    /**
     * The pupil on roll whose badge this code is, when it proves itself (and, for a QR code, is
     * their latest badge); records nothing. Staff mode asks, to tell a badge from typed text.
     */
    public Optional<Pupil> holderOf(String code) {
        return holders.check(code) instanceof BadgeCheck.Holder holder ? Optional.of(holder.pupil())
                : Optional.empty();
    }

    /**
     * Signs in a pupil staff have found by name (a forgotten badge): no code to read, so the
     * member of staff named in {@code recordedBy} vouches for who it is.
     */
    public SignInOutcome withoutBadge(Pupil pupil, Instant at, String kioskId, String recordedBy,
                                      Optional<String> reasonKey) {
        return arrive(pupil, at, ScanOrigin.noScanner(kioskId), SignInMethod.STAFF, recordedBy, reason(reasonKey),
                false);
    }

    /**
     * Signs in an arrival the kiosk held while its clock was in question, now that staff have settled the
     * time: made as it was first made (a scan, a code typed, or staff without a badge), which the
     * recorder's words say ({@link SignInMethod#ofKioskRecorder}).
     */
    public SignInOutcome held(Pupil pupil, Instant at, String kioskId, String recordedBy) {
        return arrive(pupil, at, ScanOrigin.noScanner(kioskId), SignInMethod.ofKioskRecorder(recordedBy), recordedBy,
                Optional.empty(), false);
    }

    private Optional<LateReason> reason(Optional<String> reasonKey) {
        return reasonKey.map(key -> school.reason(key)
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not one of " + school.name()
                        + "'s reasons")));
    }

    /** {@code lateBus}: the reason is a late bus's, given as it is, and no consequence is told or kept. */
    private SignInOutcome arrive(Pupil pupil, Instant at, ScanOrigin from, SignInMethod method, String recordedBy,
                                 Optional<LateReason> reason, boolean lateBus) {
        String kioskId = from.kioskId();
        String badge = pupil.badge();
        if (hold.isPresent() && hold.get().holding()) {
            // No L or U from a clock in question: the scan is kept and classified once staff settle the time.
            hold.get().hold(pupil, badge, at, kioskId, recordedBy);
            return new SignInOutcome.HeldForClockCheck(pupil, at);
        }
        Instant now = clock.instant();
        if (at.isAfter(now.plus(CLOCK_ALLOWANCE))) {
            return new SignInOutcome.Refused(pupil, "the arrival time " + at.atZone(school.zone()).toLocalDateTime()
                    + " is in the future (it is now " + now.atZone(school.zone()).toLocalDateTime().withNano(0)
                    + "): nothing was recorded");
        }
        LocalDate date = at.atZone(school.zone()).toLocalDate();
        List<Movement> moves = movements.of(pupil.id(), date); // read once: the return and the sign-out rule both ask
        Optional<Movement.SignedOut> out = new DayMovements(pupil.id(), moves).offSite();
        if (out.isPresent() && !at.isBefore(out.get().at())) {
            // Back from an appointment: signed back in, never marked late (docs/domain.md, "Signing out and back in").
            movements.record(new Movement.SignedBackIn(pupil.id(), at), date,
                    new StaffIdentity(recordedBy, "kiosk " + kioskId), now);
            return new SignInOutcome.SignedBackIn(pupil, out.get());
        }
        Classification classification = school.registerRules().classify(at, pupils.cutOffsOf(pupil.id()));
        if (classification.mark() == Mark.NONE) {
            register.recordUnmarkedScan(badge, Optional.of(pupil.id()), at, from, classification.explanation());
            return new SignInOutcome.NothingToMark(pupil, classification);
        }
        Optional<Movement.SignedOut> coding = codedBySignOut(pupil, classification, date, moves);
        if (coding.isPresent()) {
            // Out on a sign-out when the register was taken: its code stands and a return never
            // makes a late mark (docs/domain.md, "Signing out and back in"). The scan is kept for the office to see.
            register.recordUnmarkedScan(badge, Optional.of(pupil.id()), at, from, "back from a sign-out at "
                    + TimeWords.CLOCK.format(coding.get().at().atZone(school.zone())) + " that gives the "
                    + classification.register().orElseThrow().words() + " register " + coding.get().code().code()
                    + ": no late mark");
            return new SignInOutcome.SignedBackIn(pupil, coding.get());
        }
        Optional<String> consequence = lateBus ? Optional.empty() : classification.register()
                .flatMap(r -> school.consequenceOf(classification.mark(), r, classification.arrivedAt().toLocalTime()));
        Optional<ReasonGiven> given = classification.mark().isLate() ? reason.map(r -> lateBus
                ? new ReasonGiven(r, lategate.domain.register.ReasonStatus.GIVEN) : ReasonGiven.byPupil(r))
                : Optional.empty();
        Recording recording = register.record(new NewArrival(pupil, classification, kioskId, recordedBy, now,
                consequence, given, method));
        if (recording instanceof Recording.Repeat repeat) {
            Optional<ReasonGiven> added = repeat.arrival().mark().isLate() && !lateBus
                    ? reason.map(ReasonGiven::byPupil) : Optional.empty();
            added.ifPresent(r -> register.recordReason(repeat.arrival().id(), Optional.of(r), now, recordedBy));
            return new SignInOutcome.AlreadySignedIn(pupil, repeat.arrival(), added,
                    at.isBefore(repeat.arrival().arrivedAt()));
        }
        return new SignInOutcome.Marked(pupil, classification, recording.arrival(), consequence, given);
    }

    /**
     * The sign-out that already codes the register this arrival would mark, if the pupil was out on
     * one when it was taken: asked of the entry rule itself, so the kiosk and every view agree.
     */
    private Optional<Movement.SignedOut> codedBySignOut(Pupil pupil, Classification classification, LocalDate date,
                                                        List<Movement> day) {
        if (!classification.mark().isLate()) {
            return Optional.empty();
        }
        SessionEvents events = SessionEvents.ofMovements(pupil.id(), date, classification.register().orElseThrow(), day);
        SessionFacts facts = new EntryResolution(school.registerRules()).facts(events,
                classification.arrivedAt().toInstant());
        return new FirstEntryRule.SignedOutWhenTaken().decide(facts).flatMap(first -> facts.outWhenTaken());
    }
}
