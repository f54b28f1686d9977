package lategate.tui;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.app.ReasonGiven;
import lategate.app.RegisterLog;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;

/**
 * What the kiosk does with each input, with no terminal in it: a scan signs a pupil in (the
 * mark is on disk before the state changes), a late pupil picks a reason, messages time out.
 * A scan is always taken, even while a reason picker is open: that pupil's reason becomes "not
 * given" and the new pupil is signed in at the instant of their own scan.
 */
public final class KioskFlow {

    private static final String PUPIL = "pupil (badge scan)";

    private final School school;
    private final SignIn signIn;
    private final RegisterLog register;
    private final String kioskId;
    private final KioskTimings timings;
    private final PinHash exitPin;
    private final StringBuilder pinTyped = new StringBuilder();
    private KioskState state = new KioskState.Idle();
    private boolean exitRequested;

    public KioskFlow(School school, SignIn signIn, RegisterLog register, String kioskId, KioskTimings timings,
                     PinHash exitPin) {
        this.school = Objects.requireNonNull(school, "school");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.register = Objects.requireNonNull(register, "register");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.exitPin = Objects.requireNonNull(exitPin, "exitPin");
    }

    public KioskState state() {
        return state;
    }

    public School school() {
        return school;
    }

    /** Staff entered the exit PIN: the kiosk should stop. */
    public boolean exitRequested() {
        return exitRequested;
    }

    /** Handles one input; {@code now} is when it arrived. */
    public void handle(KioskInput input, Instant now) {
        if (input instanceof KioskInput.Scan scan) {
            scan(scan.scan(), now);
        } else if (input instanceof KioskInput.Typed typed) {
            typed(typed.character(), now);
        } else if (input instanceof KioskInput.Special special) {
            special(special.key(), now);
        }
    }

    /** The exit key (a function key from the settings) was pressed. */
    public void exitKey(Instant now) {
        if (state instanceof KioskState.Idle || state instanceof KioskState.Timed && !(state instanceof KioskState.PickingReason)) {
            pinTyped.setLength(0);
            state = new KioskState.ExitPin(0, false, now.plus(timings.exitPinTimeout()));
        }
    }

    /** Lets timed screens end. Call often. */
    public void tick(Instant now) {
        if (state instanceof KioskState.Timed timed && !now.isBefore(timed.until())) {
            if (state instanceof KioskState.PickingReason picking) {
                recordReason(picking, Optional.empty(), now);
            }
            pinTyped.setLength(0);
            state = new KioskState.Idle();
        }
    }

    private void scan(ScanInput scan, Instant now) {
        if (state instanceof KioskState.ExitPin pin) {
            // Digits typed fast and ended with Enter look like a scan: here they are the PIN.
            if (scan.code().chars().allMatch(Character::isDigit)) {
                pinTyped.setLength(0);
                pinTyped.append(scan.code(), 0, Math.min(12, scan.code().length()));
                special(KioskInput.Key.ENTER, now);
            }
            return;
        }
        if (state instanceof KioskState.PickingReason picking) {
            // The previous pupil's reason is "not given"; if even that cannot be saved, the new
            // pupil's scan is still taken: their arrival matters more than the missing reason.
            recordReason(picking, Optional.empty(), scan.at());
        }
        Instant until = now.plus(timings.message());
        SignInOutcome outcome;
        try {
            outcome = signIn.scan(scan.code(), scan.at(), kioskId, PUPIL, Optional.empty());
        } catch (RuntimeException e) {
            state = new KioskState.NotSaved(until);
            return;
        }
        if (outcome instanceof SignInOutcome.Marked m) {
            if (m.classification().mark().isLate()) {
                state = new KioskState.PickingReason(m.pupil(), m.classification(), m.arrival(), m.consequence(), -1,
                        now.plus(timings.reasonTimeout()));
            } else {
                state = new KioskState.OnTime(m.pupil(), until);
            }
        } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
            state = new KioskState.AlreadySignedIn(a.pupil(), a.first(), until);
        } else if (outcome instanceof SignInOutcome.BadgeNotRecognised) {
            state = new KioskState.NotRecognised(until);
        } else if (outcome instanceof SignInOutcome.NothingToMark n) {
            state = new KioskState.NothingToMark(n.pupil(), n.classification(), until);
        } else if (outcome instanceof SignInOutcome.SignedBackIn back) {
            state = new KioskState.WelcomeBack(back.pupil(), until);
        } else if (outcome instanceof SignInOutcome.Refused) {
            state = new KioskState.NotSaved(until); // e.g. a kiosk clock far behind another's: the office sorts it
        }
    }

    private void typed(char c, Instant now) {
        if (state instanceof KioskState.PickingReason picking && c >= '1' && c <= '9') {
            int index = c - '1';
            if (index < school.reasons().size()) {
                choose(picking, index, now);
            }
        } else if (state instanceof KioskState.ExitPin pin && Character.isDigit(c) && pinTyped.length() < 12) {
            pinTyped.append(c);
            state = new KioskState.ExitPin(pinTyped.length(), pin.wrongBefore(), pin.until());
        }
    }

    private void special(KioskInput.Key key, Instant now) {
        if (state instanceof KioskState.PickingReason picking) {
            List<LateReason> reasons = school.reasons();
            int selected = picking.selected();
            switch (key) {
                case UP -> selected = selected <= 0 ? reasons.size() - 1 : selected - 1;
                case DOWN -> selected = selected < 0 || selected >= reasons.size() - 1 ? 0 : selected + 1;
                case ENTER -> {
                    if (selected >= 0) {
                        choose(picking, selected, now);
                    }
                    return;
                }
                default -> {
                    return; // Escape, function keys and the rest do nothing for a pupil
                }
            }
            state = new KioskState.PickingReason(picking.pupil(), picking.classification(), picking.arrival(),
                    picking.consequence(), selected, picking.until());
        } else if (state instanceof KioskState.ExitPin pin) {
            if (key == KioskInput.Key.ENTER) {
                char[] typed = pinTyped.toString().toCharArray();
                pinTyped.setLength(0);
                if (exitPin.matches(typed)) {
                    exitRequested = true;
                } else {
                    state = new KioskState.ExitPin(0, true, pin.until());
                }
                java.util.Arrays.fill(typed, '\0');
            } else if (key == KioskInput.Key.ESCAPE) {
                pinTyped.setLength(0);
                state = new KioskState.Idle();
            } else if (key == KioskInput.Key.BACKSPACE && pinTyped.length() > 0) {
                pinTyped.setLength(pinTyped.length() - 1);
                state = new KioskState.ExitPin(pinTyped.length(), pin.wrongBefore(), pin.until());
            }
        } else if (state instanceof KioskState.Timed && key == KioskInput.Key.ENTER) {
            state = new KioskState.Idle(); // a pupil who has read the message may clear it
        }
    }

    private void choose(KioskState.PickingReason picking, int index, Instant now) {
        LateReason reason = school.reasons().get(index);
        ReasonGiven given = ReasonGiven.byPupil(reason);
        if (recordReason(picking, Optional.of(given), now)) {
            state = new KioskState.Thanks(picking.pupil(), Optional.of(reason.label()),
                    given.status() == lategate.app.ReasonStatus.CLAIMED, now.plus(timings.message()));
        }
    }

    /** Appends the reason; on failure shows "not saved" and says so. */
    private boolean recordReason(KioskState.PickingReason picking, Optional<ReasonGiven> reason, Instant at) {
        try {
            register.recordReason(picking.arrival().id(), reason, at, PUPIL);
            return true;
        } catch (RuntimeException e) {
            state = new KioskState.NotSaved(at.plus(timings.message()));
            return false;
        }
    }
}
