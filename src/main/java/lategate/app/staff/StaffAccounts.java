package lategate.app.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.domain.staff.SignInAttempt;
import lategate.domain.staff.StaffMember;

/**
 * Staff accounts and their log. Every change to an account is written together with its entry
 * in the log, in one transaction; accounts are never deleted, and the log is only appended to.
 */
public interface StaffAccounts {

    /** Whether there is no account at all, disabled ones included. */
    boolean none();

    Optional<StaffAccount> find(String username);

    /** Every account, disabled ones included, by username. */
    List<StaffMember> all();

    /**
     * Adds the first account, logged as added by itself, only if there is no account yet; the
     * check and the addition are one transaction, so two first runs cannot both make one.
     *
     * @return false, adding nothing, if there already is an account
     */
    boolean addFirst(StaffMember member, PinHash pin, Instant at);

    /**
     * Adds an account, logged as added by {@code by}.
     *
     * @return false, adding nothing, if the username is taken (by a disabled account too)
     */
    boolean add(StaffMember member, PinHash pin, Instant at, String by);

    /** Disables an enabled account, logged as done by {@code by}. */
    void disable(String username, Instant at, String by);

    /** Sets a new PIN on an enabled account, logged as done by {@code by}; this ends any lock. */
    void resetPin(String username, PinHash pin, Instant at, String by);

    /** Appends a sign-in (or other) entry to the log. */
    void record(StaffEvent event);

    /**
     * The account's sign-ins on the command line whose PIN was checked, since its PIN was last set,
     * oldest first. Sign-ins typed at a kiosk are not among them: they lock that kiosk's screen instead.
     */
    List<SignInAttempt> attemptsSincePinSet(String username);

    /** The command line's sign-ins with {@code username} while no account had it, oldest first: each a wrong PIN. */
    List<SignInAttempt> unknownUserAttempts(String username);

    /**
     * The sign-ins typed at the kiosk {@code kioskId} whose PIN was checked (an unknown username's as a
     * wrong one), since the last right PIN there, oldest first.
     */
    List<SignInAttempt> attemptsAtKiosk(String kioskId);
}
