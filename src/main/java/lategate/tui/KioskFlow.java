package lategate.tui;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.app.ReasonGiven;
import lategate.domain.register.ReasonStatus;
import lategate.app.KioskFaultLog;
import lategate.app.RegisterLog;
import lategate.app.ScanFaultLimit;
import lategate.app.ScanOrigin;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.app.clock.TrustedTime;
import lategate.app.held.HeldScans;
import lategate.app.held.WaitingScan;
import lategate.app.slips.SlipsFromTheRegister;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;

/**
 * What the kiosk does with each input, with no terminal in it. A scan signs a pupil in (the mark
 * is on disk before the state changes); a late pupil picks a reason; a scanner's fault is kept in
 * the scan log (or counted there, past {@link ScanFaultLimit#PER_MINUTE} a minute from one scanner)
 * and the pupil asked to scan again; messages time out from when they are first shown. Every scan is taken, whatever is on screen: with a reason picker
 * open, that pupil's reason becomes "not asked" (the office collects it), their mark stays on a strip at the
 * foot of the screen for a message's time, and the new pupil is signed in at the instant of their own scan;
 * while pupils queue like that (a burst) the picker waits the shorter time the settings give
 * (docs/receptionist.md, "A queue at the gate"). On the staff PIN screen, anything that is not a PIN is a scan.
 */
public final class KioskFlow {

    /** Who the register says recorded a pupil's own scan. */
    static final String PUPIL = lategate.domain.register.SignInMethod.PUPIL_SCAN;
    /** How often faults the database refused are offered to it again. */
    private static final java.time.Duration FAULT_RETRY = java.time.Duration.ofSeconds(30);
    private static final int MAX_TYPED_CODE = 64;
    /** How often an idle kiosk looks whether its register's file is still at its path: one stat each time. */
    private static final java.time.Duration REGISTER_LOOK = java.time.Duration.ofSeconds(5);

    private final School school;
    private final SignIn signIn;
    private final RegisterLog register;
    private final String kioskId;
    private final KioskTimings timings;
    private final Clock clock;
    private final Optional<StaffFlow> staff;
    private final FailedSaves failedSaves;
    private Instant faultsRetried = Instant.MIN;
    private final ExitPinKeys exitPin;
    private final ScanFaultKeeping scanFaults;
    private KioskState state = new KioskState.Idle();
    private final Optional<TrustedTime> time;
    private final KioskNotices notices;
    private final Optional<HeldScans> held;
    private Instant registerLooked = Instant.MIN;
    /** Pupils of a queue whose pickers were cut short, each shown on the strip until its time is up. */
    private final java.util.List<KioskState.Queued> queued = new java.util.ArrayList<>();
    /** A burst: the last picker was cut short by a scan, so someone is waiting behind the pupil choosing. */
    private boolean burst;
    private KioskState strippedBase;
    private KioskState stripped;
    private final Optional<lategate.app.entry.LateBusMode> lateBus;
    private final SlipsFromTheRegister slips;
    /** The late bus running, as last read (every {@link #LATE_BUS_LOOK}, and at each scan). */
    private Optional<lategate.domain.entry.LateBus> bus = Optional.empty();
    private Instant busLooked = Instant.MIN;
    private KioskState.IdleLateBus busIdle;
    /** How often an idle kiosk reads whether a late bus was declared or has ended: one small query. */
    private static final java.time.Duration LATE_BUS_LOOK = java.time.Duration.ofSeconds(2);

    public KioskFlow(School school, SignIn signIn, RegisterLog register, KioskFaultLog faults, String kioskId,
                     KioskTimings timings, PinHash exitPin, Clock clock) {
        this(school, signIn, register, faults, kioskId, timings, exitPin, clock, Optional.empty());
    }

    /** A kiosk whose staff key opens {@code staff} mode, beside the pupils' sign-in. */
    public KioskFlow(School school, SignIn signIn, RegisterLog register, KioskFaultLog faults, String kioskId,
                     KioskTimings timings, PinHash exitPin, Clock clock, Optional<StaffFlow> staff) {
        this(school, signIn, register, faults, kioskId, timings, exitPin, clock, staff, Optional.empty());
    }

    /**
     * A kiosk that checks its clock (docs/domain.md, "The kiosk's clock"): {@code signIn} must be guarded by
     * {@code time}, and {@code clock} be its clock, so that scans are held while the clock is in question.
     */
    public KioskFlow(School school, SignIn signIn, RegisterLog register, KioskFaultLog faults, String kioskId,
                     KioskTimings timings, PinHash exitPin, Clock clock, Optional<StaffFlow> staff,
                     Optional<TrustedTime> time) {
        this(school, signIn, register, faults, kioskId, timings, exitPin, clock, staff, time, Optional.empty());
    }

    /**
     * A kiosk that holds its scans aside in {@code held} once its register's file is found deleted or
     * replaced, rather than tell pupils they are saved into a file nobody will read (docs/held-scans.md).
     */
    public KioskFlow(School school, SignIn signIn, RegisterLog register, KioskFaultLog faults, String kioskId,
                     KioskTimings timings, PinHash exitPin, Clock clock, Optional<StaffFlow> staff,
                     Optional<TrustedTime> time, Optional<HeldScans> held) {
        this(school, signIn, register, faults, kioskId, timings, exitPin, clock, staff, time, held, Optional.empty());
    }

    /**
     * A kiosk that keeps late-bus mode ({@code lateBus}: docs/receptionist.md, "Late-bus mode"): while a late
     * bus runs, a late pupil has the bus as their reason, with no picker and no consequence, and the idle
     * screen tells staff until when.
     */
    public KioskFlow(School school, SignIn signIn, RegisterLog register, KioskFaultLog faults, String kioskId,
                     KioskTimings timings, PinHash exitPin, Clock clock, Optional<StaffFlow> staff,
                     Optional<TrustedTime> time, Optional<HeldScans> held,
                     Optional<lategate.app.entry.LateBusMode> lateBus) {
        this(school, signIn, register, faults, kioskId, timings, exitPin, clock, staff, time, held, lateBus,
                SlipsFromTheRegister.NONE);
    }

    /**
     * A kiosk that hands each late pupil's slip to {@code slips} once their mark and reason are on disk
     * (docs/settings.md, "[slips]"), made from their entry as the register holds it: handing never waits for
     * the printer, so the pupil's screen never does.
     */
    public KioskFlow(School school, SignIn signIn, RegisterLog register, KioskFaultLog faults, String kioskId,
                     KioskTimings timings, PinHash exitPin, Clock clock, Optional<StaffFlow> staff,
                     Optional<TrustedTime> time, Optional<HeldScans> held,
                     Optional<lategate.app.entry.LateBusMode> lateBus, SlipsFromTheRegister slips) {
        this.slips = Objects.requireNonNull(slips, "slips");
        this.lateBus = Objects.requireNonNull(lateBus, "lateBus");
        this.held = Objects.requireNonNull(held, "held");
        this.time = Objects.requireNonNull(time, "time");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.school = Objects.requireNonNull(school, "school");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.register = Objects.requireNonNull(register, "register");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.exitPin = new ExitPinKeys(Objects.requireNonNull(exitPin, "exitPin"), timings);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failedSaves = new FailedSaves(Objects.requireNonNull(faults, "faults"), kioskId, school.zone());
        this.scanFaults = new ScanFaultKeeping(register, failedSaves, kioskId, school.zone());
        this.notices = new KioskNotices(school.zone(), time, held);
    }

    /** What the kiosk is showing: staff mode while it is open, otherwise the pupils' screens. */
    public KioskState state() {
        return staffOpen() ? notices.overStaff(staff.get().view()) : withQueue(notices.overPupils(busIdle(state)));
    }

    /** The idle screen while a late bus runs tells staff until when: the same object while it runs. */
    private KioskState busIdle(KioskState base) {
        if (!(base instanceof KioskState.Idle) || bus.isEmpty() || !bus.get().covers(clock.instant())) {
            return base;
        }
        String words = bus.get().words(school.zone());
        if (busIdle == null || !busIdle.words().equals(words)) {
            busIdle = new KioskState.IdleLateBus(words);
        }
        return busIdle;
    }

    /** Reads the late bus running at {@code at}; a database that cannot be read now keeps what was known. */
    private Optional<lategate.domain.entry.LateBus> lookForBus(Instant at) {
        busLooked = clock.instant();
        try {
            bus = lateBus.flatMap(m -> m.covering(at));
        } catch (RuntimeException e) {
            bus = bus.filter(b -> b.covers(at)); // the scan itself will say "not saved" if the file is gone
        }
        return bus;
    }

    /** {@code base} with the queue's strip while it names anyone: the same object while neither changes. */
    private KioskState withQueue(KioskState base) {
        if (queued.isEmpty() || base instanceof KioskState.ExitPin || base instanceof KioskState.TypingCode) {
            return base;
        }
        if (strippedBase != base || stripped == null
                || !((KioskState.WithQueue) stripped).queued().equals(queued)) {
            strippedBase = base;
            stripped = new KioskState.WithQueue(base, queued);
        }
        return stripped;
    }

    private boolean staffOpen() {
        return staff.isPresent() && staff.get().isOpen();
    }

    /** What the school's printed codes are: the idle screen says so when they are the existing cards'. */
    public lategate.domain.badge.PrintedCodes printedCodes() {
        return signIn.printedCodes();
    }

    public School school() {
        return school;
    }

    /** Staff entered the exit PIN: the kiosk should stop. */
    public boolean exitRequested() {
        return exitPin.exitRequested();
    }

    /** Handles one input; {@code now} is when it arrived. */
    public void handle(KioskInput input, Instant now) {
        if (input instanceof KioskInput.ScanFault fault) {
            boolean logged = scanFaults.keep(fault, now); // in the scan log whatever is on screen, staff mode included
            if (!(staffOpen() && staff.get().scanFault(fault, logged))) {
                misread(fault.at());
            }
            return;
        }
        if (staffOpen() && staff.get().handle(input, now)) {
            return;
        }
        // Staff mode is closed, or gave this input back (a pupil's badge at the staff sign-in).
        if (input instanceof KioskInput.Scan scan) {
            scan(scan.scan());
        } else if (input instanceof KioskInput.Typed typed) {
            typed(typed.character(), now);
        } else if (input instanceof KioskInput.Special special) {
            special(special.key(), now);
        }
    }

    /** The terminal's size, for staff screens that scroll by the page. */
    public void viewport(int columns, int rows) {
        staff.ifPresent(s -> s.viewport(columns, rows));
    }

    /** The exit key (a function key from the settings) was pressed: staff want to leave. */
    public void exitKey(Instant now) {
        if (staffOpen()) {
            staff.get().close();
        }
        if (state instanceof KioskState.ExitPin) {
            return;
        }
        if (state instanceof KioskState.PickingReason picking) {
            notAsked(picking, now, false); // staff took the kiosk before the pupil chose
        }
        state = exitPin.open(now);
    }

    /**
     * The staff key (a function key from the settings) was pressed: staff mode's sign-in opens,
     * or its menu if staff are signed in. A pupil picking a reason gets "not given", as when the
     * exit key is pressed. Without staff mode, the key does nothing.
     */
    public void staffKey(Instant now) {
        if (staff.isEmpty()) {
            return;
        }
        if (!staffOpen()) {
            if (state instanceof KioskState.PickingReason picking) {
                notAsked(picking, now, false);
            }
            exitPin.forget();
            state = new KioskState.Idle();
        }
        staff.get().staffKey(now);
    }

    /** Lets timed screens end, and keeps the counts of faults left out of a minute that is over. Call often. */
    public void tick(Instant now) {
        scanFaults.tick(now);
        queued.removeIf(q -> !now.isBefore(q.until()));
        if (time.isPresent()) {
            time.get().tick();
            notices.clock(false);
        }
        if (held.isPresent() && !now.isBefore(registerLooked.plus(REGISTER_LOOK))) {
            registerLooked = now;
            held.get().away(now); // the idle screen tells staff before the next pupil scans
            held.get().flush();
        }
        if (failedSaves.held() > 0 && !now.isBefore(faultsRetried.plus(FAULT_RETRY))) {
            faultsRetried = now;
            failedSaves.flush();
        }
        if (lateBus.isPresent() && !now.isBefore(busLooked.plus(LATE_BUS_LOOK))) {
            lookForBus(clock.instant()); // a bus declared in staff mode, or at another kiosk, shows within seconds
        }
        if (staffOpen()) {
            staff.get().tick(now);
            return;
        }
        if (state instanceof KioskState.Timed timed && !now.isBefore(timed.until())) {
            KioskState ending = state;
            exitPin.forget();
            state = new KioskState.Idle();
            if (ending instanceof KioskState.PickingReason picking) {
                burst = false; // nobody scanned behind this pupil: the queue is over
                if (recordReason(picking, Optional.empty(), now)) { // a failure shows "not saved" instead of idle
                    slip(picking);
                }
            }
        }
    }

    /** The scan without a lone digit in front, when only that makes it a badge someone holds. */
    private Optional<ScanInput> reasonKeyThenBadge(ScanInput scan) {
        String code = scan.code();
        if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || signIn.holderOf(code).isPresent()) {
            return Optional.empty();
        }
        String rest = code.substring(1);
        return signIn.holderOf(rest).map(p -> new ScanInput(rest, scan.at(), scan.source()));
    }

    private void scan(ScanInput scan) {
        if (state instanceof KioskState.ExitPin pin && ExitPinKeys.isPin(scan.code())) {
            state = exitPin.scanned(pin, scan.code(), scan.at()); // digits typed fast and ended with Enter
            return;
        }
        Optional<ScanInput> withoutKey = reasonKeyThenBadge(scan);
        if (withoutKey.isPresent()) {
            // A reason's number pressed a moment before the next pupil's scan ran into it: the key is
            // the first pupil's reason, the rest the second pupil's badge. A badge proves itself by its
            // check character, so a digit in front only ever spoils it.
            typed(scan.code().charAt(0), scan.at());
            scan(withoutKey.get());
            return;
        }
        Optional<KioskState.PickingReason> picking = state instanceof KioskState.PickingReason p
                ? Optional.of(p) : Optional.empty();
        exitPin.forget();
        SignInOutcome outcome;
        time.ifPresent(t -> {
            t.check(); // a jump a moment ago must not time this pupil
            notices.clock(false);
        });
        if (holdAside(scan)) {
            return;
        }
        try {
            ScanOrigin from = ScanOrigin.scanner(kioskId, scan.source());
            Optional<lategate.domain.entry.LateBus> onBus = lateBus.isEmpty() ? Optional.empty()
                    : lookForBus(scan.at());
            outcome = onBus.isPresent()
                    ? signIn.scanFromLateBus(scan.code(), scan.at(), from, from.pupilRecorder(), onBus.get())
                    : signIn.scan(scan.code(), scan.at(), from, from.pupilRecorder(), Optional.empty());
        } catch (RuntimeException e) {
            if (holdAside(scan)) {
                return; // the file went between the look and the save: the save was refused, the scan is held
            }
            picking.ifPresent(p -> notAsked(p, scan.at(), true));
            failedSaves.note(scan.at(), e);
            state = new KioskState.NotSaved(messageUntil());
            return;
        }
        if (picking.isPresent() && outcome instanceof SignInOutcome.AlreadySignedIn again
                && again.pupil().id().equals(picking.get().pupil().id())) {
            state = picking.get(); // the scanner read the same badge twice: the pupil is still choosing
            return;
        }
        // Another pupil's scan (or a refused one) ends the previous pupil's choice: "not asked", and
        // the office collects it. Their scan was taken first, so even a reason that cannot be saved
        // does not cost the new pupil's arrival.
        picking.ifPresent(p -> notAsked(p, scan.at(), true));
        Instant until = messageUntil();
        if (outcome instanceof SignInOutcome.Marked m && m.classification().mark().isLate()
                && m.reason().filter(r -> r.reason().key().equals(lategate.domain.entry.LateBus.REASON_KEY))
                .isPresent()) {
            String route = bus.map(b -> b.route()).orElse("late bus");
            state = new KioskState.OnLateBus(m.pupil(), m.classification(), route,
                    until); // the bus is the reason: no picker, and no consequence to tell
            slip(m.pupil(), m.classification(), m.arrival());
        } else if (outcome instanceof SignInOutcome.Marked m) {
            state = m.classification().mark().isLate()
                    ? new KioskState.PickingReason(m.pupil(), m.classification(), m.arrival(), m.consequence(), -1,
                    clock.instant().plus(burst ? timings.reasonTimeoutInBurst() : timings.reasonTimeout()))
                    : new KioskState.OnTime(m.pupil(), until);
        } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
            state = new KioskState.AlreadySignedIn(a.pupil(), a.first(), until);
        } else if (outcome instanceof SignInOutcome.BadgeNotRecognised refused) {
            state = new KioskState.NotRecognised(refused.words(), until);
        } else if (outcome instanceof SignInOutcome.NothingToMark n) {
            state = new KioskState.NothingToMark(n.pupil(), n.classification(), until);
        } else if (outcome instanceof SignInOutcome.SignedBackIn back) {
            state = new KioskState.WelcomeBack(back.pupil(), until);
        } else if (outcome instanceof SignInOutcome.HeldForClockCheck held) {
            state = new KioskState.HeldForClockCheck(held.pupil(), until);
            notices.clock(true);
        } else if (outcome instanceof SignInOutcome.Refused) {
            state = new KioskState.NotSaved(until); // e.g. a kiosk clock far behind another's: the office sorts it
        }
    }

    /**
     * Holds the scan aside when the register's file is away, looking at its path first: the pupil is
     * told their time is kept, never a mark, since nothing can be saved to the register. A scan that
     * could not be written beside the register either is in memory only, so the pupil is sent to the
     * office ("not saved"), as for any save that failed. Returns false while the file is in place.
     */
    private boolean holdAside(ScanInput scan) {
        if (held.isEmpty() || !held.get().away(clock.instant())) {
            return false;
        }
        Optional<Pupil> pupil;
        try {
            pupil = signIn.holderOf(scan.code()); // read from the file still open, whatever is at the path now
        } catch (RuntimeException unreadable) {
            pupil = Optional.empty();
        }
        boolean onDisk = held.get().hold(new WaitingScan(scan.at(), scan.code(), pupil.map(Pupil::id), kioskId,
                Optional.of(scan.source()), Optional.empty()));
        state = onDisk ? new KioskState.HeldAside(pupil, scan.at(), messageUntil())
                : new KioskState.NotSaved(messageUntil());
        return true;
    }

    /**
     * The kiosk is stopping: the counts of faults not logged are kept now rather than at the end of
     * their minute. The launcher calls this on SIGTERM too; only a kiosk killed outright (SIGKILL, a
     * power cut) loses a count, of at most a minute's faults.
     */
    public void stopping() {
        scanFaults.stopping();
    }

    /**
     * Tells the pupil to scan again. Taken like any scan, whatever is on screen: someone is at the
     * scanner, so a pupil who was choosing a reason has "not given" (as when a code is refused).
     */
    private void misread(Instant at) {
        if (state instanceof KioskState.PickingReason picking && !notAsked(picking, at, true)) {
            return; // "not saved" is on screen: the office matters more than scanning again
        }
        exitPin.forget();
        state = new KioskState.Misread(messageUntil());
    }

    private void typed(char c, Instant now) {
        if (state instanceof KioskState.PickingReason picking) {
            ReasonPickerKeys.digit(c, school.reasons().size()).ifPresent(index -> choose(picking, index, now));
        } else if (state instanceof KioskState.ExitPin pin) {
            state = exitPin.typed(pin, c, now);
        } else if (state instanceof KioskState.TypingCode code) {
            if (code.typed().length() < MAX_TYPED_CODE && !Character.isWhitespace(c)) {
                state = new KioskState.TypingCode(code.typed() + c, code.firstKeyAt(), now.plus(timings.reasonTimeout()));
            }
        } else if (!Character.isWhitespace(c)) {
            // A badge typed by hand, one key at a time: gather it and sign in on Enter.
            state = new KioskState.TypingCode(String.valueOf(c), now, now.plus(timings.reasonTimeout()));
        }
    }

    private void special(KioskInput.Key key, Instant now) {
        if (state instanceof KioskState.PickingReason picking) {
            pickWithKeys(picking, key, now);
        } else if (state instanceof KioskState.ExitPin pin) {
            state = exitPin.special(pin, key, now);
        } else if (state instanceof KioskState.TypingCode code) {
            if (key == KioskInput.Key.ENTER) {
                scan(new ScanInput(code.typed(), code.firstKeyAt(), ScanOrigin.TYPED));
            } else if (key == KioskInput.Key.BACKSPACE) {
                state = code.erased(now.plus(timings.reasonTimeout()));
            } else if (key == KioskInput.Key.ESCAPE) {
                state = new KioskState.Idle();
            }
        } else if (state instanceof KioskState.Timed && key == KioskInput.Key.ENTER) {
            state = new KioskState.Idle(); // a pupil who has read the message may clear it
        }
    }

    private void pickWithKeys(KioskState.PickingReason picking, KioskInput.Key key, Instant now) {
        ReasonPickerKeys.Move move = ReasonPickerKeys.key(picking, key, school.reasons().size());
        if (move instanceof ReasonPickerKeys.Move.Chosen chosen) {
            choose(picking, chosen.index(), now);
        } else if (move instanceof ReasonPickerKeys.Move.Highlighted highlighted) {
            state = highlighted.picking();
        }
    }

    private void choose(KioskState.PickingReason picking, int index, Instant now) {
        burst = false; // the pupil had time to choose: nobody cut them short
        LateReason reason = school.reasons().get(index);
        ReasonGiven given = ReasonGiven.byPupil(reason);
        if (recordReason(picking, Optional.of(given), now)) {
            state = new KioskState.Thanks(picking.pupil(), Optional.of(reason.label()),
                    given.status() == ReasonStatus.CLAIMED, messageUntil());
            slip(picking);
        }
    }

    /** Appends the reason; on failure shows "not saved" and says so. */
    private boolean recordReason(KioskState.PickingReason picking, Optional<ReasonGiven> reason, Instant at) {
        try {
            register.recordReason(picking.arrival().id(), reason, at, PUPIL);
            return true;
        } catch (RuntimeException e) {
            failedSaves.note(at, e);
            state = new KioskState.NotSaved(messageUntil());
            return false;
        }
    }

    /**
     * The picker was cut short: the reason is "not asked", for the office to collect. Cut short by the
     * next scan ({@code byScan}), the pupil stays on the strip for a message's time, so they still see
     * their mark, and the kiosk is in a burst. On failure shows "not saved" and says so.
     */
    private boolean notAsked(KioskState.PickingReason picking, Instant at, boolean byScan) {
        try {
            register.recordReasonNotAsked(picking.arrival().id(), at, PUPIL);
        } catch (RuntimeException e) {
            failedSaves.note(at, e);
            state = new KioskState.NotSaved(messageUntil());
            return false;
        }
        slip(picking);
        if (byScan) {
            burst = true;
            queued.removeIf(q -> q.pupil().id().equals(picking.pupil().id()));
            queued.add(new KioskState.Queued(picking.pupil(), picking.classification().mark(),
                    picking.classification().minutesLate(), messageUntil()));
        }
        return true;
    }

    /** The late pupil's slip, once their reason (or that there is none yet) is on disk with their mark. */
    private void slip(KioskState.PickingReason picking) {
        slip(picking.pupil(), picking.classification(), picking.arrival());
    }

    private void slip(Pupil pupil, lategate.domain.register.Classification c,
                      lategate.domain.register.RecordedArrival arrival) {
        if (!c.mark().isLate() || c.register().isEmpty()) {
            return;
        }
        slips.handFor(pupil.id(), arrival.arrivedAt().atZone(school.zone()).toLocalDate(), c.register().get());
    }

    /** Messages are timed from when the save has finished, so a slow disk never hides them. */
    private Instant messageUntil() {
        return clock.instant().plus(timings.message());
    }
}
