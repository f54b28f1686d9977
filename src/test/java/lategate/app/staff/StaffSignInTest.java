package lategate.app.staff;

import lategate.app.PinHash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import lategate.domain.staff.LockoutRule;
import lategate.fakes.CheapPins;
import lategate.fakes.InMemoryStaffAccounts;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Staff sign in with username and PIN; every attempt is logged. The accounts are in memory and PINs
 * hashed at the tests' cheap cost: the rules are the subject here, and StaffStoreTest and the
 * StaffAccounts contract test prove the SQLite store.
 */
@Tag("attack")
class StaffSignInTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private InMemoryStaffAccounts staff;
    private StaffSignIn signIn;
    private StaffAdministration admin;
    private StaffMember head;

    @BeforeEach
    void setUp() {
        staff = new InMemoryStaffAccounts();
        signIn = new StaffSignIn(staff, LockoutRule.DEFAULT, CheapPins.COST);
        admin = new StaffAdministration(staff, LockoutRule.DEFAULT, new java.security.SecureRandom(),
                CheapPins.COST);
        head = admin.addFirstAdministrator(new StaffMember("head", "Sam Head", "Headteacher", Role.ADMINISTRATOR,
                false), "2468".toCharArray(), NINE.minusSeconds(3600));
        admin.add(head, new StaffMember("jbloggs", "Jo Bloggs", "Office Manager", Role.RECEPTIONIST, false),
                "1357".toCharArray(), NINE.minusSeconds(3500));
    }

    private StaffSignInOutcome attempt(String pin, int secondsAfterNine) {
        return signIn.signIn("jbloggs", pin.toCharArray(), NINE.plusSeconds(secondsAfterNine));
    }

    @Test
    @DisplayName("the right PIN signs in, forgiving capitals and spaces around the username")
    void rightPin() {
        StaffSignInOutcome outcome = signIn.signIn(" JBloggs ", "1357".toCharArray(), NINE);
        StaffSignInOutcome.SignedIn in = assertInstanceOf(StaffSignInOutcome.SignedIn.class, outcome);
        assertEquals("Jo Bloggs, Office Manager", in.member().nameAndPosition());
    }

    @Test
    @DisplayName("five wrong PINs lock the account for 15 minutes, even against the right PIN; then it opens")
    void fiveWrongLock() {
        for (int i = 0; i < 4; i++) {
            StaffSignInOutcome.WrongPin wrong = assertInstanceOf(StaffSignInOutcome.WrongPin.class, attempt("0000", i));
            assertEquals(4 - i, wrong.attemptsLeft());
        }
        StaffSignInOutcome.Locked locked = assertInstanceOf(StaffSignInOutcome.Locked.class, attempt("0000", 4));
        Instant until = NINE.plusSeconds(4).plus(Duration.ofMinutes(15));
        assertEquals(until, locked.until());
        assertEquals("Too many wrong PINs: this account is locked until 09:15", locked.screenWords(LONDON));
        assertInstanceOf(StaffSignInOutcome.Locked.class, attempt("1357", 60));
        assertInstanceOf(StaffSignInOutcome.SignedIn.class,
                signIn.signIn("jbloggs", "1357".toCharArray(), until));
    }

    @Test
    @DisplayName("four wrong PINs then the right one reset the count: the next wrong PIN leaves four")
    void rightPinResets() {
        for (int i = 0; i < 4; i++) {
            attempt("0000", i);
        }
        assertInstanceOf(StaffSignInOutcome.SignedIn.class, attempt("1357", 5));
        assertEquals(4, assertInstanceOf(StaffSignInOutcome.WrongPin.class, attempt("0000", 6)).attemptsLeft());
    }

    @Test
    @DisplayName("the school's own lockout: three wrong PINs lock for 30 minutes")
    void schoolsOwnLockout() {
        StaffSignIn strict = new StaffSignIn(staff, new LockoutRule(3, Duration.ofMinutes(30)), CheapPins.COST);
        strict.signIn("jbloggs", "0000".toCharArray(), NINE);
        strict.signIn("jbloggs", "0000".toCharArray(), NINE.plusSeconds(1));
        StaffSignInOutcome third = strict.signIn("jbloggs", "0000".toCharArray(), NINE.plusSeconds(2));
        assertEquals(NINE.plusSeconds(2).plus(Duration.ofMinutes(30)),
                assertInstanceOf(StaffSignInOutcome.Locked.class, third).until());
    }

    @Test
    @DisplayName("an administrator's new PIN ends a lock")
    void resetEndsLock() {
        for (int i = 0; i < 5; i++) {
            attempt("0000", i);
        }
        admin.resetPin(head, "jbloggs", "8642".toCharArray(), NINE.plusSeconds(30));
        assertInstanceOf(StaffSignInOutcome.SignedIn.class, attempt("8642", 31));
    }

    @Test
    @DisplayName("a wrong PIN and an unknown username read the same on screen, but are logged differently")
    void unknownAndWrongLookAlike() {
        StaffSignInOutcome wrong = attempt("0000", 0);
        StaffSignInOutcome unknown = signIn.signIn("nobody", "1357".toCharArray(), NINE.plusSeconds(1));
        assertInstanceOf(StaffSignInOutcome.UnknownUser.class, unknown);
        assertEquals(wrong.screenWords(LONDON), unknown.screenWords(LONDON));
        List<StaffEvent> events = staff.events();
        assertEquals(StaffEventKind.SIGN_IN_WRONG_PIN, events.get(events.size() - 2).what());
        assertEquals(StaffEventKind.SIGN_IN_UNKNOWN_USER, events.get(events.size() - 1).what());
        assertEquals("nobody", events.get(events.size() - 1).username());
    }

    @Test
    @DisplayName("a PIN typed into the username box is never kept in the log")
    void pinInUsernameBoxNotLogged() {
        signIn.signIn("135799", "".toCharArray(), NINE);
        StaffEvent last = staff.events().get(staff.events().size() - 1);
        assertEquals("(not a username)", last.username());
        assertTrue(staff.events().stream().noneMatch(e -> (e.username() + e.by() + e.detail()).contains("135799")));
    }

    @Test
    @DisplayName("a disabled account cannot sign in, even with its right PIN")
    void disabledRefused() {
        admin.disable(head, "jbloggs", NINE);
        assertInstanceOf(StaffSignInOutcome.Disabled.class, attempt("1357", 1));
    }

    @Test
    @DisplayName("every attempt is logged, by the account itself: right, wrong, the lock, and refusals while locked")
    void everyAttemptLogged() {
        attempt("1357", 0);
        for (int i = 1; i <= 5; i++) {
            attempt("0000", i);
        }
        attempt("1357", 10);
        List<StaffEvent> mine = staff.events().stream().filter(e -> e.username().equals("jbloggs")).toList();
        assertEquals(List.of(StaffEventKind.ADDED, StaffEventKind.SIGN_IN_OK, StaffEventKind.SIGN_IN_WRONG_PIN,
                StaffEventKind.SIGN_IN_WRONG_PIN, StaffEventKind.SIGN_IN_WRONG_PIN, StaffEventKind.SIGN_IN_WRONG_PIN,
                StaffEventKind.SIGN_IN_WRONG_PIN, StaffEventKind.LOCKED, StaffEventKind.SIGN_IN_REFUSED),
                mine.stream().map(StaffEvent::what).toList());
        assertTrue(mine.stream().skip(1).allMatch(e -> e.by().equals("jbloggs")), mine.toString());
        assertEquals("head", mine.get(0).by());
        assertTrue(mine.get(8).detail().startsWith("locked until"), mine.get(8).detail());
    }

    @Test
    @DisplayName("an unknown username locks after as many wrong PINs as a real one, with the same words, so the "
            + "lock does not tell which usernames exist")
    void unknownUsernameLocksLikeARealOne() {
        List<String> real = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            real.add(attempt("0000", i).screenWords(LONDON));
            unknown.add(signIn.signIn("nobody", "0000".toCharArray(), NINE.plusSeconds(i)).screenWords(LONDON));
        }
        assertEquals(real, unknown);
        assertTrue(unknown.get(4).contains("locked until 09:15"), unknown.toString());
        assertEquals(unknown.get(0), signIn.signIn("nobody", "0000".toCharArray(), NINE.plusSeconds(4 + 15 * 60))
                .screenWords(LONDON), "the lock ends as a real one's does");
    }

    private StaffSignInOutcome atKiosk(String kiosk, String username, String pin, int secondsAfterNine) {
        return signIn.signInAtKiosk(kiosk, username, pin.toCharArray(), NINE.plusSeconds(secondsAfterNine));
    }

    @Test
    @DisplayName("five wrong PINs for the administrator at a kiosk lock that kiosk's sign-in screen, not the "
            + "account: the command line and another kiosk still take the administrator")
    void wrongPinsAtAKioskLockItsScreenNotTheAccount() {
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(StaffSignInOutcome.WrongPin.class, atKiosk("late-gate", "head", "0000", i));
        }
        StaffSignInOutcome.ScreenLocked locked = assertInstanceOf(StaffSignInOutcome.ScreenLocked.class,
                atKiosk("late-gate", "head", "0000", 4));
        assertEquals("Staff sign-in is locked at this kiosk until 09:15 after 5 wrong PINs", locked.screenWords(LONDON));
        assertInstanceOf(StaffSignInOutcome.ScreenLocked.class, atKiosk("late-gate", "head", "2468", 5),
                "the right PIN is not checked while the screen is locked");
        assertFalse(signIn.lockStateOf("head", NINE.plusSeconds(6)).locked());
        assertInstanceOf(StaffSignInOutcome.SignedIn.class, signIn.signIn("head", "2468".toCharArray(), NINE.plusSeconds(6)));
        assertInstanceOf(StaffSignInOutcome.SignedIn.class, atKiosk("reception", "head", "2468", 7));
        StaffEvent lock = staff.events().stream().filter(e -> e.what() == StaffEventKind.LOCKED).findFirst().orElseThrow();
        assertEquals("kiosk:late-gate", lock.username());
        assertTrue(lock.detail().contains("'head'"), lock.detail());
    }

    @Test
    @DisplayName("a kiosk's sign-in screen opens again once the lockout is over")
    void kioskScreenOpensAfterTheLockout() {
        for (int i = 0; i < 5; i++) {
            atKiosk("late-gate", "head", "0000", i);
        }
        Instant until = NINE.plusSeconds(4).plus(Duration.ofMinutes(15));
        assertEquals(until, signIn.kioskLock("late-gate", until.minusSeconds(1)).orElseThrow().until());
        assertTrue(signIn.kioskLock("late-gate", until).isEmpty());
        assertInstanceOf(StaffSignInOutcome.SignedIn.class,
                signIn.signInAtKiosk("late-gate", "head", "2468".toCharArray(), until));
    }

    @Test
    @DisplayName("at a kiosk a disabled account with a wrong PIN reads as any wrong PIN and counts towards the "
            + "screen's lock; only its right PIN is told it is disabled")
    void disabledAccountAtAKioskTellsNothing() {
        admin.disable(head, "jbloggs", NINE);
        List<String> disabled = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            disabled.add(atKiosk("late-gate", "jbloggs", "0000", i).screenWords(LONDON));
            unknown.add(atKiosk("reception", "nobody", "0000", i).screenWords(LONDON));
        }
        assertEquals(unknown, disabled, "a passer-by cannot tell a disabled username from one that does not exist");
        assertInstanceOf(StaffSignInOutcome.Disabled.class, signIn.signInAtKiosk("hall", "jbloggs",
                "1357".toCharArray(), NINE.plusSeconds(10)));
    }

    @Test
    @DisplayName("at a kiosk an unknown username and a known one with wrong PINs read the same and lock the "
            + "screen after the same count")
    void unknownAndKnownLockAKioskAlike() {
        List<String> known = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            known.add(atKiosk("late-gate", "head", "0000", i).screenWords(LONDON));
            unknown.add(atKiosk("reception", "nobody", "0000", i).screenWords(LONDON));
        }
        assertEquals(known, unknown);
        assertEquals("Staff sign-in is locked at this kiosk until 09:15 after 5 wrong PINs", unknown.get(4));
        assertEquals(5, signIn.lockStateOf("head", NINE.plusSeconds(6)).wrongPinsLeft(),
                "no wrong PIN at a kiosk counts towards the account's lock");
    }

    @Test
    @DisplayName("wrong PINs on the command line still lock the account, and do not lock a kiosk's screen")
    void commandLineLocksTheAccountOnly() {
        for (int i = 0; i < 5; i++) {
            attempt("0000", i);
        }
        assertInstanceOf(StaffSignInOutcome.Locked.class, attempt("1357", 5));
        assertTrue(signIn.kioskLock("late-gate", NINE.plusSeconds(5)).isEmpty());
    }

    @Test
    @DisplayName("the decoy an unknown username is checked against costs what a real PIN hash costs")
    void decoyCostsWhatARealHashCosts() {
        // Timing is measured by no unit test (a loaded machine says nothing); the work is: one PBKDF2
        // check of the same iterations for an unknown username, a locked account and a wrong PIN. At the
        // product's own cost, not the cheap one the other tests use.
        assertEquals(PinHash.of("1234".toCharArray(), new java.security.SecureRandom()).iterations(),
                PinHash.decoy().iterations());
        assertEquals(lategate.app.PinCost.STANDARD.iterations(), PinHash.decoy().iterations());
        assertFalse(PinHash.decoy().matches("0000".toCharArray()), "the decoy matches no PIN");
        assertEquals(CheapPins.hash("1234").iterations(), PinHash.decoy(CheapPins.COST).iterations(),
                "a cheaper cost's decoy costs what its hashes cost");
    }
}
