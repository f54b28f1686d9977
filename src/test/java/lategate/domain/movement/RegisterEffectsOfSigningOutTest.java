package lategate.domain.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.TestSchools;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Register effects are derived from sign-outs, never typed (DOMAIN: "a pupil out for a medical
 * appointment during a register is coded M for that session; a pupil back before a register is
 * present for it"; Seagrave §12.2).
 */
class RegisterEffectsOfSigningOutTest {

    private final School russell = TestSchools.load("russell"); // AM taken 08:45, PM taken 13:15 (§4)
    private final LocalDate monday = LocalDate.of(2026, 11, 23);
    private final Collection mum = new Collection("Sarah Jones", "mother", true, Optional.empty());

    private Instant at(String time) {
        return TestSchools.local(russell, "2026-11-23T" + time);
    }

    private Map<Register, AttendanceCode> effects(Movement... movements) {
        return new DayMovements("P1", List.of(movements)).registerEffects(monday, russell.timetable(), russell.zone());
    }

    @Test
    @DisplayName("out 10:30 to 14:00 for a dental appointment: morning present, afternoon M")
    void outAcrossTheAfternoonRegister() {
        Map<Register, AttendanceCode> effects = effects(
                new Movement.SignedOut("P1", at("10:30:00"), AttendanceCode.M, "dentist", mum, true, Optional.empty()),
                new Movement.SignedBackIn("P1", at("14:00:00")));
        assertEquals(Map.of(Register.PM, AttendanceCode.M), effects, "no effect on the morning: its own mark stands");
    }

    @Test
    @DisplayName("back before the afternoon register is taken: present for it, nothing derived")
    void backBeforeTheRegister() {
        assertEquals(Map.of(), effects(
                new Movement.SignedOut("P1", at("10:30:00"), AttendanceCode.M, "dentist", mum, true, Optional.empty()),
                new Movement.SignedBackIn("P1", at("13:14:59"))));
    }

    @Test
    @DisplayName("sent home ill at 11:00 and not back: the afternoon is I")
    void sentHomeIll() {
        assertEquals(Map.of(Register.PM, AttendanceCode.I), effects(
                new Movement.SignedOut("P1", at("11:00:00"), AttendanceCode.I, "sick", mum, false, Optional.empty())));
    }

    @Test
    @DisplayName("out twice in a day: each register gets the code of the sign-out it fell in")
    void outTwice() {
        assertEquals(Map.of(Register.AM, AttendanceCode.C, Register.PM, AttendanceCode.M), effects(
                new Movement.SignedOut("P1", at("08:30:00"), AttendanceCode.C, "funeral", mum, false, Optional.empty()),
                new Movement.SignedBackIn("P1", at("10:00:00")),
                new Movement.SignedOut("P1", at("13:00:00"), AttendanceCode.M, "doctor", mum, true, Optional.empty())));
    }

    @Test
    @DisplayName("someone not on the list may collect only with a parent's phone confirmation (Seagrave §12.2)")
    void unlistedCollectorNeedsConfirmation() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Collection("Uncle Bob", "uncle", false, Optional.empty()));
        new Collection("Uncle Bob", "uncle", false,
                Optional.of(new Collection.PhoneConfirmation("Sarah Jones", at("10:20:00"))));
    }

    @Test
    @DisplayName("a lunchtime pass holder not back when the afternoon register is taken is N for it (Oak Meadow §10)")
    void lunchPassNotBack() {
        assertEquals(Map.of(Register.PM, AttendanceCode.N), effects(
                new Movement.SignedOut("P1", at("12:35:00"), AttendanceCode.N, "lunchtime pass", mum, false,
                        Optional.of(at("13:15:00")), true)));
    }
}
