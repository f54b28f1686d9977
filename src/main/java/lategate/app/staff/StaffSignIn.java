package lategate.app.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.domain.staff.LockState;
import lategate.domain.staff.LockoutRule;
import lategate.domain.staff.StaffMember;

/**
 * A member of staff signs in with their username and PIN. Every attempt is logged, whatever
 * came of it; wrong PINs in a row lock the account under the school's {@link LockoutRule}.
 *
 * <p>Usernames are not to be found out by trying them: every attempt does the same PBKDF2 work
 * (against a decoy hash when there is no account's hash to check), and an unknown username
 * locks after the same wrong PINs in a row as a real one, with the same words.
 */
public final class StaffSignIn {

    private final StaffAccounts accounts;
    private final LockoutRule rule;
    private final PinHash decoy = PinHash.decoy();

    public StaffSignIn(StaffAccounts accounts, LockoutRule rule) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * Checks {@code pin} for {@code username} (case and spaces around it forgiven) at
     * {@code now}, and logs the attempt. A locked or disabled account's PIN is not checked.
     * The caller clears {@code pin} afterwards.
     */
    public StaffSignInOutcome signIn(String username, char[] pin, Instant now) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<StaffAccount> found = StaffMember.isUsername(typed) ? accounts.find(typed) : Optional.empty();
        if (found.isEmpty()) {
            decoy.matches(pin); // as slow as a real check, so the time taken does not tell
            String logged = StaffMember.isUsername(typed) ? typed : "(not a username)";
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

    /** The lock state of one account at {@code now}, without signing in. */
    public LockState lockStateOf(String username, Instant now) {
        return rule.stateAt(accounts.attemptsSincePinSet(username), now);
    }
}
