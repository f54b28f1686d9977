package lategate.app.staff;

import lategate.domain.text.PlainText;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.app.PinCost;
import lategate.app.PinHash;
import lategate.domain.staff.AccessPolicy;
import lategate.domain.staff.LockoutRule;
import lategate.domain.staff.StaffMember;

/**
 * Staff accounts, managed by those the {@link AccessPolicy} lets manage them (administrators):
 * the first account is one, made without signing in; after that only they add, disable or reset
 * a PIN, and each change is logged with who made it. Accounts are never deleted or renamed: a
 * member who leaves is disabled, keeping their name on everything they did.
 *
 * <p>{@code by} is a member who has just signed in with {@link StaffSignIn}; it is read again
 * here, so an account disabled since (or never an administrator) is refused.
 */
public final class StaffAdministration {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    public static final int PIN_MIN_DIGITS = 4;
    public static final int PIN_MAX_DIGITS = 12;

    private final StaffAccounts accounts;
    private final LockoutRule rule;
    private final SecureRandom random;
    private final PinCost cost;

    /** New PINs are hashed at {@code cost}: {@link PinCost#STANDARD} in the product. */
    public StaffAdministration(StaffAccounts accounts, LockoutRule rule, SecureRandom random, PinCost cost) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.random = Objects.requireNonNull(random, "random");
        this.cost = Objects.requireNonNull(cost, "cost");
    }

    public StaffAdministration(StaffAccounts accounts, LockoutRule rule, SecureRandom random) {
        this(accounts, rule, random, PinCost.STANDARD);
    }

    public StaffAdministration(StaffAccounts accounts, LockoutRule rule) {
        this(accounts, rule, new SecureRandom());
    }

    /** What is wrong with a PIN, if anything: it must be 4 to 12 digits. */
    public static Optional<String> pinProblem(char[] pin) {
        if (pin == null || pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) {
            return Optional.of("a PIN is " + PIN_MIN_DIGITS + " to " + PIN_MAX_DIGITS + " digits");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of("a PIN is " + PIN_MIN_DIGITS + " to " + PIN_MAX_DIGITS + " digits, nothing else");
            }
        }
        return Optional.empty();
    }

    /** Whether there is no staff account yet, so the next one added must be the first administrator. */
    public boolean noStaffYet() {
        return accounts.none();
    }

    /** Why {@code member} cannot be the first account, if it cannot: it must be an administrator. */
    public static Optional<String> firstAccountProblem(StaffMember member) {
        Optional<String> text = textProblem(member);
        if (text.isPresent()) {
            return text;
        }
        if (!POLICY.decide(member.role(), AccessPolicy.Action.MANAGE_STAFF).allowed()) {
            String who = POLICY.rule(AccessPolicy.Action.MANAGE_STAFF).who();
            return Optional.of("the first account must be " + who + ", not " + member.role().withArticle()
                    + ": add " + who + " first, who then adds the others");
        }
        return Optional.empty();
    }

    /** Why a new account's name or position cannot be stored, if it cannot: they are plain text (PlainText). */
    public static Optional<String> textProblem(StaffMember member) {
        return PlainText.oneLine("the name").refusal(member.name())
                .or(() -> PlainText.oneLine("the position").refusal(member.position()));
    }

    /** Adds the first account, which must be an administrator; refused once any account exists. */
    public StaffMember addFirstAdministrator(StaffMember member, char[] pin, Instant at) {
        firstAccountProblem(member).ifPresent(problem -> {
            throw new StaffRefused(problem);
        });
        PinHash hash = hashOf(pin);
        if (!accounts.addFirst(fresh(member), hash, at)) {
            throw new StaffRefused("there are staff accounts already: an administrator must add new ones");
        }
        return fresh(member);
    }

    /** An administrator adds an account. */
    public StaffMember add(StaffMember by, StaffMember member, char[] pin, Instant at) {
        StaffMember admin = administrator(by, "add staff");
        textProblem(member).ifPresent(problem -> {
            throw new StaffRefused(problem);
        });
        PinHash hash = hashOf(pin);
        if (!accounts.add(fresh(member), hash, at, admin.username())) {
            throw new StaffRefused("the username '" + member.username() + "' is taken"
                    + (accounts.find(member.username()).map(a -> a.member().disabled()).orElse(false)
                    ? " by a disabled account, which keeps it" : "") + ": choose another");
        }
        return fresh(member);
    }

    /**
     * An administrator disables an account. Refused for an administrator disabling themselves
     * when no other administrator could manage staff afterwards.
     */
    public StaffMember disable(StaffMember by, String username, Instant at) {
        StaffMember admin = administrator(by, "disable staff");
        StaffMember target = existing(username);
        if (target.disabled()) {
            throw new StaffRefused("'" + username + "' is already disabled");
        }
        if (target.username().equals(admin.username()) && enabledAdministrators() == 1) {
            throw new StaffRefused("'" + username + "' is the last administrator: add another administrator "
                    + "before disabling this account, or nobody could manage staff");
        }
        accounts.disable(target.username(), at, admin.username());
        return target.asDisabled();
    }

    /** An administrator sets a new PIN on an enabled account; this also ends a lock. */
    public void resetPin(StaffMember by, String username, char[] pin, Instant at) {
        StaffMember admin = administrator(by, "reset PINs");
        StaffMember target = existing(username);
        if (target.disabled()) {
            throw new StaffRefused("'" + username + "' is disabled and stays so: add a new account instead");
        }
        accounts.resetPin(target.username(), hashOf(pin), at, admin.username());
    }

    /** Every account, disabled ones included, by username, each with until when it is locked. */
    public List<StaffListing> list(Instant now) {
        return accounts.all().stream()
                .map(m -> new StaffListing(m, rule.stateAt(accounts.attemptsSincePinSet(m.username()), now)
                        .lockedUntil()))
                .toList();
    }

    /**
     * Refuses, with the reason, unless {@code by} is an enabled administrator now: for asking
     * before the new PIN is typed, and for showing staff management only to administrators.
     */
    public StaffMember requireAdministrator(StaffMember by) {
        return administrator(by, "manage staff");
    }

    private StaffMember administrator(StaffMember by, String toDo) {
        StaffMember current = accounts.find(by.username()).map(StaffAccount::member)
                .orElseThrow(() -> new StaffRefused("'" + by.username() + "' is not a staff account"));
        if (current.disabled()) {
            throw new StaffRefused("'" + by.username() + "' is disabled and cannot " + toDo);
        }
        POLICY.decide(current, AccessPolicy.Action.MANAGE_STAFF).orElseThrow(StaffRefused::new);
        return current;
    }

    private StaffMember existing(String username) {
        return accounts.find(username).map(StaffAccount::member)
                .orElseThrow(() -> new StaffRefused("there is no staff account '" + username + "'"));
    }

    private long enabledAdministrators() {
        return accounts.all().stream().filter(m -> !m.disabled()
                && POLICY.decide(m.role(), AccessPolicy.Action.MANAGE_STAFF).allowed()).count();
    }

    private PinHash hashOf(char[] pin) {
        pinProblem(pin).ifPresent(problem -> {
            throw new StaffRefused(problem);
        });
        return PinHash.of(pin, random, cost);
    }

    private static StaffMember fresh(StaffMember member) {
        return new StaffMember(member.username(), member.name(), member.position(), member.role(), false);
    }
}
