package lategate.app.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lategate.app.PinCost;
import lategate.app.PinHash;
import lategate.domain.staff.LockState;
import lategate.domain.staff.LockoutRule;
import lategate.domain.staff.StaffMember;

/**
 * A member of staff signs in with their username and PIN. Every attempt is logged, whatever
 * came of it. On the command line, wrong PINs in a row lock the account under the school's
 * {@link LockoutRule}, which guards against guessing from a shell. At a kiosk they lock that
 * kiosk's sign-in screen instead, under the same rule: anyone at a kiosk may type any username,
 * so a pupil pressing the staff key must not be able to lock an administrator out of their
 * account; the account stays open on the command line and at other kiosks (README, Staff).
 *
 * <p>Usernames are not to be found out by trying them: every attempt does the same PBKDF2 work
 * (against a decoy hash when there is no account's hash to check), and an unknown username
 * locks after the same wrong PINs in a row as a real one, with the same words.
 */
public final class StaffSignIn {

    private final StaffAccounts accounts;
    private final LockoutRule rule;
    private final PinHash decoy;

    public StaffSignIn(StaffAccounts accounts, LockoutRule rule) {
        this(accounts, rule, PinCost.STANDARD);
    }

    /** The decoy is as costly as {@code cost}, which is what the accounts' PINs were hashed at. */
    public StaffSignIn(StaffAccounts accounts, LockoutRule rule, PinCost cost) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.decoy = PinHash.decoy(Objects.requireNonNull(cost, "cost"));
    }

    /**
     * Checks {@code pin} for {@code username} (case and spaces around it forgiven) at
     * {@code now}, and logs the attempt. A locked or disabled account's PIN is not checked.
     * The caller clears {@code pin} afterwards.
     */
    public StaffSignInOutcome signIn(String username, char[] pin, Instant now) {
        String typed = typed(username);
        Optional<StaffAccount> found = find(typed);
        if (found.isEmpty()) {
            decoy.matches(pin); // as slow as a real check, so the time taken does not tell
            String logged = logged(typed);
            LockState before = rule.stateAt(accounts.unknownUserAttempts(logged), now);
            accounts.record(new StaffEvent(logged, StaffEventKind.SIGN_IN_UNKNOWN_USER, now, logged,
                    before.lockedUntil().map(until -> "locked until " + until).orElse("")));
            if (before.locked()) {
                return new StaffSignInOutcome.UnknownUserLocked(typed, before.lockedUntil().get());
            }
            LockState after = rule.stateAt(accounts.unknownUserAttempts(logged), now);
            if (after.locked()) {
                return new StaffSignInOutcome.UnknownUserLocked(typed, after.lockedUntil().get());
            }
            return new StaffSignInOutcome.UnknownUser(typed);
        }
        StaffMember member = found.get().member();
        String name = member.username();
        if (member.disabled()) {
            decoy.matches(pin);
            accounts.record(new StaffEvent(name, StaffEventKind.SIGN_IN_REFUSED, now, name, "account disabled"));
            return new StaffSignInOutcome.Disabled(member);
        }
        LockState before = rule.stateAt(accounts.attemptsSincePinSet(name), now);
        if (before.locked()) {
            decoy.matches(pin);
            Instant until = before.lockedUntil().get();
            accounts.record(new StaffEvent(name, StaffEventKind.SIGN_IN_REFUSED, now, name,
                    "locked until " + until));
            return new StaffSignInOutcome.Locked(member, until);
        }
        if (found.get().pin().matches(pin)) {
            accounts.record(new StaffEvent(name, StaffEventKind.SIGN_IN_OK, now, name, ""));
            return new StaffSignInOutcome.SignedIn(member);
        }
        int inARow = rule.wrongPinsToLock() - before.wrongPinsLeft() + 1;
        accounts.record(new StaffEvent(name, StaffEventKind.SIGN_IN_WRONG_PIN, now, name,
                inARow + " of " + rule.wrongPinsToLock() + " wrong in a row"));
        LockState after = rule.stateAt(accounts.attemptsSincePinSet(name), now);
        if (after.locked()) {
            Instant until = after.lockedUntil().get();
            accounts.record(new StaffEvent(name, StaffEventKind.LOCKED, now, name, rule.wrongPinsToLock()
                    + " wrong PINs in a row: locked until " + until));
            return new StaffSignInOutcome.Locked(member, until);
        }
        return new StaffSignInOutcome.WrongPin(member, after.wrongPinsLeft());
    }

    /**
     * Checks {@code pin} for {@code username} as typed at the kiosk {@code kioskId}, under that
     * kiosk's screen lock rather than the account's: a wrong PIN and an unknown username each count
     * towards it alike, and a locked screen checks no PIN. The caller clears {@code pin} afterwards.
     */
    public StaffSignInOutcome signInAtKiosk(String kioskId, String username, char[] pin, Instant now) {
        String by = StaffEvent.atKiosk(kioskId);
        String typed = typed(username);
        Optional<StaffAccount> found = find(typed);
        String logged = logged(typed);
        Optional<StaffSignInOutcome.ScreenLocked> locked = kioskLock(kioskId, now);
        if (locked.isPresent()) {
            decoy.matches(pin);
            accounts.record(new StaffEvent(logged, StaffEventKind.SIGN_IN_REFUSED, now, by,
                    "sign-in screen locked at this kiosk until " + locked.get().until()));
            return locked.get();
        }
        boolean right;
        if (found.isPresent()) {
            right = found.get().pin().matches(pin);
            // Only the holder, with the right PIN, learns the account is disabled: to anyone else it
            // answers and counts as any wrong PIN, so the screen never tells which usernames exist.
            if (right && found.get().member().disabled()) {
                accounts.record(new StaffEvent(logged, StaffEventKind.SIGN_IN_REFUSED, now, by, "account disabled"));
                return new StaffSignInOutcome.Disabled(found.get().member());
            }
        } else {
            decoy.matches(pin); // as slow as a real check, so the time taken does not tell
            right = false;
        }
        if (right) {
            accounts.record(new StaffEvent(logged, StaffEventKind.SIGN_IN_OK, now, by, ""));
            return new StaffSignInOutcome.SignedIn(found.get().member());
        }
        accounts.record(new StaffEvent(logged, found.isPresent() ? StaffEventKind.SIGN_IN_WRONG_PIN
                : StaffEventKind.SIGN_IN_UNKNOWN_USER, now, by, ""));
        LockState after = rule.stateAt(accounts.attemptsAtKiosk(kioskId), now);
        if (after.locked()) {
            Instant until = after.lockedUntil().get();
            accounts.record(new StaffEvent(by, StaffEventKind.LOCKED, now, by, rule.wrongPinsToLock()
                    + " wrong PINs in a row at this kiosk (the last for '" + logged + "'): its sign-in screen is "
                    + "locked until " + until + "; the accounts are not locked"));
            return new StaffSignInOutcome.ScreenLocked(until, rule.wrongPinsToLock());
        }
        return found.<StaffSignInOutcome>map(a -> new StaffSignInOutcome.WrongPin(a.member(), after.wrongPinsLeft()))
                .orElseGet(() -> new StaffSignInOutcome.UnknownUser(typed));
    }

    /** Whether the sign-in screen of the kiosk {@code kioskId} is locked at {@code now}, and until when. */
    public Optional<StaffSignInOutcome.ScreenLocked> kioskLock(String kioskId, Instant now) {
        return rule.stateAt(accounts.attemptsAtKiosk(kioskId), now).lockedUntil()
                .map(until -> new StaffSignInOutcome.ScreenLocked(until, rule.wrongPinsToLock()));
    }

    private static String typed(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<StaffAccount> find(String typed) {
        return StaffMember.isUsername(typed) ? accounts.find(typed) : Optional.empty();
    }

    /** What the log keeps of a name no account has: it, if it could be a username, so a PIN typed there is not kept. */
    private static String logged(String typed) {
        return StaffMember.isUsername(typed) ? typed : "(not a username)";
    }

    /** The lock state of one account at {@code now}, without signing in. */
    public LockState lockStateOf(String username, Instant now) {
        return rule.stateAt(accounts.attemptsSincePinSet(username), now);
    }
}
