package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import lategate.TestSchools;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Russell §4: register taken 8.45am, L "before 9.10am", U after; the brief's worked examples. */
class RussellBoundariesFromTheBriefTest {

    private final School russell = TestSchools.load("russell");

    private Classification at(String local) {
        return russell.registerRules().classify(TestSchools.local(russell, local));
    }

    @Test
    @DisplayName("08:44:59 is on time at Russell")
    void oneSecondBeforeTheRegisterIsTakenIsOnTime() {
        Classification c = at("2026-11-23T08:44:59");
        assertEquals(Mark.ON_TIME, c.mark());
        assertEquals(0, c.minutesLate());
    }

    @Test
    @DisplayName("08:45:00 is L with 0 minutes at Russell")
    void theMomentTheRegisterIsTakenIsLateWithNoMinutes() {
        Classification c = at("2026-11-23T08:45:00");
        assertEquals(Mark.L, c.mark());
        assertEquals(0, c.minutesLate());
    }

    @Test
    @DisplayName("09:09:59 is L with 24 minutes at Russell")
    void oneSecondBeforeCloseIsLateWith24Minutes() {
        Classification c = at("2026-11-23T09:09:59");
        assertEquals(Mark.L, c.mark());
        assertEquals(24, c.minutesLate());
    }

    @Test
    @DisplayName("09:10:00 is U with 25 minutes at Russell, and the explanation says why in one sentence")
    void theCloseIsUWith25Minutes() {
        Classification c = at("2026-11-23T09:10:00");
        assertEquals(Mark.U, c.mark());
        assertEquals(25, c.minutesLate());
        assertEquals("Arrived 09:10:00 on Monday 23 November 2026, 25 minutes after the morning register was taken "
                + "at 08:45, at or after it closed at 09:10 (Attendance Policy §4): mark U, an unauthorised absence "
                + "for the morning session.", c.explanation());
    }

    @Test
    @DisplayName("an arrival between the morning close and the afternoon register is U for the morning")
    void betweenRegistersIsUForTheMorning() {
        Classification c = at("2026-11-23T12:00:00");
        assertEquals(Mark.U, c.mark());
        assertEquals(Register.AM, c.register().orElseThrow());
        assertEquals(195, c.minutesLate());
    }

    @Test
    @DisplayName("an arrival after the school day ends gets no mark")
    void afterTheSchoolDayIsNone() {
        Classification c = at("2026-11-23T15:15:00");
        assertEquals(Mark.NONE, c.mark());
        assertTrue(c.register().isEmpty());
        assertTrue(c.explanation().contains("after the school day ended at 15:15"), c.explanation());
    }

    @Test
    @DisplayName("every second of a Russell morning: the mark never goes back and minutes are whole minutes since 08:45")
    void marksOnlyMoveForwardThroughTheMorning() {
        Instant start = TestSchools.local(russell, "2026-11-23T08:30:00");
        Instant taken = TestSchools.local(russell, "2026-11-23T08:45:00");
        Mark previous = Mark.ON_TIME;
        for (int s = 0; s < 4 * 3600; s++) {
            Instant t = start.plusSeconds(s);
            Classification c = russell.registerRules().classify(t);
            if (c.register().orElseThrow() != Register.AM) {
                break;
            }
            assertTrue(c.mark().ordinal() >= previous.ordinal(), "mark went back at " + t + ": " + c.explanation());
            previous = c.mark();
            long expectedMinutes = t.isBefore(taken) ? 0 : (t.getEpochSecond() - taken.getEpochSecond()) / 60;
            assertEquals(expectedMinutes, c.minutesLate(), c.explanation());
        }
        assertEquals(Mark.U, previous);
    }
}
