package lategate.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Five wrong PINs in a row lock an account for the school's lockout minutes; a right PIN resets the count. */
class LockoutRuleTest {

    private static final LockoutRule RULE = new LockoutRule(5, Duration.ofMinutes(15));
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    private static Instant at(int seconds) {
        return NINE.plusSeconds(seconds);
    }

    private static List<SignInAttempt> wrong(int count, int fromSecond) {
        List<SignInAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            attempts.add(SignInAttempt.wrong(at(fromSecond + i)));
        }
        return attempts;
    }

    @Test
    @DisplayName("no attempts: not locked, five wrong PINs left")
    void noAttempts() {
        LockState state = RULE.stateAt(List.of(), NINE);
        assertFalse(state.locked());
        assertEquals(5, state.wrongPinsLeft());
    }

    @Test
    @DisplayName("five wrong PINs in a row lock the account for 15 minutes from the fifth")
    void fiveWrongLock() {
        LockState state = RULE.stateAt(wrong(5, 0), at(10));
        assertEquals(Optional.of(at(4).plus(Duration.ofMinutes(15))), state.lockedUntil());
        assertEquals(0, state.wrongPinsLeft());
    }

    @Test
    @DisplayName("four wrong PINs leave one, and do not lock")
    void fourWrongLeaveOne() {
        LockState state = RULE.stateAt(wrong(4, 0), at(10));
        assertFalse(state.locked());
        assertEquals(1, state.wrongPinsLeft());
    }

    @Test
    @DisplayName("four wrong PINs then the right one start the count again: four more wrong do not lock")
    void rightPinResets() {
        List<SignInAttempt> attempts = new ArrayList<>(wrong(4, 0));
        attempts.add(SignInAttempt.right(at(4)));
        assertEquals(5, RULE.stateAt(attempts, at(5)).wrongPinsLeft());
        attempts.addAll(wrong(4, 5));
        LockState state = RULE.stateAt(attempts, at(20));
        assertFalse(state.locked());
        assertEquals(1, state.wrongPinsLeft());
    }

    @Test
    @DisplayName("the lock ends after the set minutes, to the second, and the count starts again")
    void lockExpires() {
        Instant until = at(4).plus(Duration.ofMinutes(15));
        assertTrue(RULE.stateAt(wrong(5, 0), until.minusSeconds(1)).locked());
        LockState after = RULE.stateAt(wrong(5, 0), until);
        assertFalse(after.locked());
        assertEquals(5, after.wrongPinsLeft());
    }

    @Test
    @DisplayName("the school's own setting: three wrong PINs lock for 30 minutes")
    void schoolsOwnSetting() {
        LockoutRule strict = new LockoutRule(3, Duration.ofMinutes(30));
        assertEquals(Optional.of(at(2).plus(Duration.ofMinutes(30))), strict.stateAt(wrong(3, 0), at(3)).lockedUntil());
    }

    @Test
    @DisplayName("after a lock ends, five more wrong PINs lock it again, from the last of them")
    void locksAgain() {
        Instant later = at(4).plus(Duration.ofMinutes(16));
        List<SignInAttempt> attempts = new ArrayList<>(wrong(5, 0));
        for (int i = 0; i < 5; i++) {
            attempts.add(SignInAttempt.wrong(later.plusSeconds(i)));
        }
        assertEquals(Optional.of(later.plusSeconds(4).plus(Duration.ofMinutes(15))),
                RULE.stateAt(attempts, later.plusSeconds(5)).lockedUntil());
    }

    @Test
    @DisplayName("wrong PINs spread over a day still count: only a right PIN or a lock resets them")
    void spreadOutStillCounts() {
        List<SignInAttempt> attempts = List.of(SignInAttempt.wrong(NINE), SignInAttempt.wrong(at(3600)),
                SignInAttempt.wrong(at(7200)), SignInAttempt.wrong(at(10800)), SignInAttempt.wrong(at(14400)));
        assertTrue(RULE.stateAt(attempts, at(14401)).locked());
    }

    @Test
    @DisplayName("attempts after now are not counted")
    void futureIgnored() {
        assertFalse(RULE.stateAt(wrong(5, 100), at(50)).locked());
    }
}
