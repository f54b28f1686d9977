package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import lategate.TestSchools;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seagrave §8: "the School have the right to amend the cut-off point for that pupil"; KTS §4.4:
 * "adjusting arrival expectations for individual pupils" (late local-authority transport).
 */
class PupilsOwnCutOffTest {

    private final School seagrave = TestSchools.load("seagrave");
    private final PupilCutOff taxi = new PupilCutOff("P1", Register.AM, LocalTime.of(9, 20),
            LocalDate.of(2026, 11, 16), Optional.of(LocalDate.of(2026, 12, 18)), "LA taxi arrives 09:10");

    private Classification at(String local, List<PupilCutOff> cutOffs) {
        return seagrave.registerRules().classify(TestSchools.local(seagrave, local), cutOffs);
    }

    @Test
    @DisplayName("at Seagrave 09:05 is U for most pupils but L for a pupil whose cut-off is 09:20 (§8)")
    void laterCutOffMakesLateInsteadOfUnauthorised() {
        assertEquals(Mark.U, at("2026-11-23T09:05:00", List.of()).mark());
        Classification c = at("2026-11-23T09:05:00", List.of(taxi));
        assertEquals(Mark.L, c.mark());
        assertEquals(20, c.minutesLate(), "minutes still count from when the register is taken");
        assertEquals(Optional.of(taxi), c.cutOffUsed());
        assertTrue(c.explanation().contains("this pupil's own cut-off at 09:20 (LA taxi arrives 09:10"),
                c.explanation());
    }

    @Test
    @DisplayName("at Seagrave the pupil's cut-off is half-open too: 09:19:59 is L, 09:20:00 is U")
    void cutOffBoundaryIsHalfOpen() {
        assertEquals(Mark.L, at("2026-11-23T09:19:59", List.of(taxi)).mark());
        Classification c = at("2026-11-23T09:20:00", List.of(taxi));
        assertEquals(Mark.U, c.mark());
        assertEquals(35, c.minutesLate());
    }

    @Test
    @DisplayName("a cut-off applies only between its dates")
    void cutOffOutsideItsDatesDoesNotApply() {
        assertEquals(Mark.U, at("2026-11-13T09:05:00", List.of(taxi)).mark(), "before it starts");
        assertEquals(Mark.U, at("2027-01-05T09:05:00", List.of(taxi)).mark(), "after it ends");
    }

    @Test
    @DisplayName("a morning cut-off does not move the afternoon close")
    void cutOffIsForOneRegister() {
        assertEquals(Mark.U, at("2026-11-23T13:30:00", List.of(taxi)).mark());
    }

    @Test
    @DisplayName("a cut-off earlier than the school's own close is refused by the timetable")
    void earlierCutOffIsRefused() {
        PupilCutOff earlier = new PupilCutOff("P1", Register.AM, LocalTime.of(8, 50), LocalDate.of(2026, 11, 16),
                Optional.empty(), "mistake");
        assertTrue(seagrave.timetable().problemWith(earlier).isPresent());
        PupilCutOff intoAfternoon = new PupilCutOff("P1", Register.AM, LocalTime.of(13, 10),
                LocalDate.of(2026, 11, 16), Optional.empty(), "mistake");
        assertTrue(seagrave.timetable().problemWith(intoAfternoon).isPresent());
        assertTrue(seagrave.timetable().problemWith(taxi).isEmpty());
    }
}
