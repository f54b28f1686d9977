package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import lategate.TestSchools;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seagrave §6.1 says arrival "more than 30 minutes after registers close" is unauthorised; §8
 * says arrival after close is U. The policy conflicts with itself, so grace is a setting: the
 * shipped profile follows §8 (0), and a school that follows §6.1 sets 30.
 */
class GraceAfterCloseTest {

    private final School seagraveAsShipped = TestSchools.load("seagrave");
    private final School seagraveWithGrace = TestSchools.withGrace(seagraveAsShipped, Duration.ofMinutes(30));

    @Test
    @DisplayName("Seagrave ships with no grace: 09:00 is U (§8)")
    void shippedProfileHasNoGrace() {
        assertEquals(Duration.ZERO, seagraveAsShipped.timetable().graceAfterClose());
        assertEquals(Mark.U, seagraveAsShipped.registerRules()
                .classify(TestSchools.local(seagraveAsShipped, "2026-11-23T09:00:00")).mark());
    }

    @Test
    @DisplayName("with 30 minutes' grace (§6.1) 09:29:59 is L and 09:30:00 is U at Seagrave")
    void graceMovesTheUBoundary() {
        Classification late = seagraveWithGrace.registerRules()
                .classify(TestSchools.local(seagraveWithGrace, "2026-11-23T09:29:59"));
        assertEquals(Mark.L, late.mark());
        assertEquals(44, late.minutesLate());
        assertTrue(late.explanation().contains("after it closed at 09:00 but within the 30 minutes' grace until 09:30"), late.explanation());

        Classification u = seagraveWithGrace.registerRules()
                .classify(TestSchools.local(seagraveWithGrace, "2026-11-23T09:30:00"));
        assertEquals(Mark.U, u.mark());
        assertEquals(45, u.minutesLate());
    }
}
