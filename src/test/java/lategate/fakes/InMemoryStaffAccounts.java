package lategate.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import lategate.app.PinHash;
import lategate.app.staff.StaffAccount;
import lategate.app.staff.StaffAccounts;
import lategate.app.staff.StaffEvent;
import lategate.app.staff.StaffEventKind;
import lategate.domain.staff.SignInAttempt;
import lategate.domain.staff.StaffMember;

/**
 * Staff accounts and their log in memory, kept as {@code SqliteStaff} keeps them: accounts never
 * deleted, the log only appended to, and the same questions answered from it. For tests of the
 * sign-in and administration rules; {@code StaffAccountsContractTest} holds it to the SQLite one.
 */
public final class InMemoryStaffAccounts implements StaffAccounts {

    private final TreeMap<String, StaffAccount> accounts = new TreeMap<>();
    private final List<StaffEvent> events = new ArrayList<>();

    @Override
    public synchronized boolean none() {
        return accounts.isEmpty();
    }

    @Override
    public synchronized Optional<StaffAccount> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public synchronized List<StaffMember> all() {
        return accounts.values().stream().map(StaffAccount::member).toList();
    }

    @Override
    public synchronized boolean addFirst(StaffMember member, PinHash pin, Instant at) {
        if (!accounts.isEmpty()) {
            return false;
        }
        accounts.put(member.username(), new StaffAccount(member, pin));
        events.add(new StaffEvent(member.username(), StaffEventKind.ADDED, at, member.username(),
                "first account: " + described(member)));
        return true;
    }

    @Override
    public synchronized boolean add(StaffMember member, PinHash pin, Instant at, String by) {
        if (accounts.containsKey(member.username())) {
            return false;
        }
        accounts.put(member.username(), new StaffAccount(member, pin));
        events.add(new StaffEvent(member.username(), StaffEventKind.ADDED, at, by, described(member)));
        return true;
    }

    @Override
    public synchronized void disable(String username, Instant at, String by) {
        StaffAccount account = enabled(username, "there is no enabled staff account '" + username + "' to disable");
        accounts.put(username, new StaffAccount(account.member().asDisabled(), account.pin()));
        events.add(new StaffEvent(username, StaffEventKind.DISABLED, at, by, ""));
    }

    @Override
    public synchronized void resetPin(String username, PinHash pin, Instant at, String by) {
        StaffAccount account = enabled(username, "there is no enabled staff account '" + username + "' for a new PIN");
        accounts.put(username, new StaffAccount(account.member(), pin));
        events.add(new StaffEvent(username, StaffEventKind.PIN_RESET, at, by, ""));
    }

    @Override
    public synchronized void record(StaffEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<SignInAttempt> attemptsSincePinSet(String username) {
        int since = lastIndex(e -> e.username().equals(username)
                && (e.what() == StaffEventKind.ADDED || e.what() == StaffEventKind.PIN_RESET));
        return attempts(since, e -> e.username().equals(username) && e.by().equals(username)
                && Set.of(StaffEventKind.SIGN_IN_OK, StaffEventKind.SIGN_IN_WRONG_PIN).contains(e.what()));
    }

    @Override
    public synchronized List<SignInAttempt> unknownUserAttempts(String username) {
        return attempts(-1, e -> e.username().equals(username) && e.by().equals(username)
                && e.what() == StaffEventKind.SIGN_IN_UNKNOWN_USER);
    }

    @Override
    public synchronized List<SignInAttempt> attemptsAtKiosk(String kioskId) {
        String by = StaffEvent.atKiosk(kioskId);
        int since = lastIndex(e -> e.by().equals(by) && e.what() == StaffEventKind.SIGN_IN_OK);
        return attempts(since, e -> e.by().equals(by) && Set.of(StaffEventKind.SIGN_IN_OK,
                StaffEventKind.SIGN_IN_WRONG_PIN, StaffEventKind.SIGN_IN_UNKNOWN_USER).contains(e.what()));
    }

    /** The whole staff log, oldest first, as {@code SqliteStaff.events()} gives it. */
    public synchronized List<StaffEvent> events() {
        return List.copyOf(events);
    }

    private StaffAccount enabled(String username, String refusal) {
        StaffAccount account = accounts.get(username);
        if (account == null || account.member().disabled()) {
            throw new IllegalStateException(refusal);
        }
        return account;
    }

    private int lastIndex(Predicate<StaffEvent> which) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (which.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private List<SignInAttempt> attempts(int after, Predicate<StaffEvent> which) {
        List<SignInAttempt> attempts = new ArrayList<>();
        for (int i = after + 1; i < events.size(); i++) {
            StaffEvent e = events.get(i);
            if (which.test(e)) {
                attempts.add(new SignInAttempt(e.at(), e.what() == StaffEventKind.SIGN_IN_OK));
            }
        }
        return attempts;
    }

    private static String described(StaffMember member) {
        return member.nameAndPosition() + " (" + member.role().words() + ")";
    }
}
