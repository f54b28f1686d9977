package lategate.app.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import lategate.domain.staff.StaffMember;

/**
 * What came of a staff sign-in. {@link #screenWords} is what a screen may say: a wrong PIN and
 * an unknown username read the same, so the kiosk never tells a passer-by which usernames
 * exist; the outcomes themselves differ, for the log and for tests.
 */
public sealed interface StaffSignInOutcome {

    /** The same words for a wrong PIN and an unknown username. */
    String NOT_RECOGNISED = "Username or PIN not recognised";

    /** What to show; times are in {@code zone}, the school's. */
    String screenWords(ZoneId zone);

    /** The PIN was right: staff mode may open for this member. */
    record SignedIn(StaffMember member) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return "Signed in: " + member.nameAndPosition();
        }
    }

    /** The PIN was wrong; {@code attemptsLeft} more wrong PINs in a row lock the account. Not for the screen. */
    record WrongPin(StaffMember member, int attemptsLeft) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return NOT_RECOGNISED;
        }
    }

    /** Locked after too many wrong PINs, until {@code until}; the PIN given was not checked (or locked it). */
    record Locked(StaffMember member, Instant until) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return lockedWords(until, zone);
        }
    }

    /** The account is disabled (at a kiosk, said only to whoever gave its right PIN). */
    record Disabled(StaffMember member) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return "This account is disabled: please see an administrator";
        }
    }

    /**
     * No account has this username, and as many wrong PINs in a row as lock an account have been
     * given for it: it reads exactly as a locked account does, so the lock does not tell a
     * passer-by which usernames exist.
     */
    record UnknownUserLocked(String typed, Instant until) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return lockedWords(until, zone);
        }
    }

    /**
     * Too many wrong PINs in a row at this kiosk, for any usernames, known or not: its sign-in screen
     * is locked until {@code until}, and no account is. The PIN given was not checked (or locked it).
     */
    record ScreenLocked(Instant until, int wrongPins) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return "Staff sign-in is locked at this kiosk until " + hoursAndMinutes(until, zone) + " after "
                    + wrongPins + " wrong PINs";
        }
    }

    private static String hoursAndMinutes(Instant at, ZoneId zone) {
        return at.atZone(zone).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String lockedWords(Instant until, ZoneId zone) {
        return "Too many wrong PINs: this account is locked until " + hoursAndMinutes(until, zone);
    }

    /** No account has this username. */
    record UnknownUser(String typed) implements StaffSignInOutcome {
        @Override
        public String screenWords(ZoneId zone) {
            return NOT_RECOGNISED;
        }
    }
}
