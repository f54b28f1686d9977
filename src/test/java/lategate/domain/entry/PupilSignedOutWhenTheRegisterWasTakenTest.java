package lategate.domain.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN, "Signing out and back in"; Seagrave §12.2 and Oak Meadow §11: a pupil out for an
 * appointment when a register is taken is coded for that session by the sign-out; a return never
 * makes a late mark. At the demo school the morning register is taken at 08:45 and closes at 09:10,
 * the afternoon one is taken at 13:15.
 */
class PupilSignedOutWhenTheRegisterWasTakenTest {

    @Test
    @DisplayName("out at 08:30 for the dentist and back at 09:40: the morning is M, and a scan on the way in makes no U")
    void signedOutBeforeTheRegisterAndBackAfterItsClose() {
        Session oliver = new Session("demo", Register.AM).signOut("08:30", AttendanceCode.M, "dentist")
                .back("09:40").scan("09:45");
        SessionEntry entry = oliver.standing();
        assertEquals(AttendanceCode.M, entry.code());
        assertEquals(EntrySource.SIGN_OUT, entry.source());
        assertEquals(OptionalLong.empty(), entry.minutesLate(), "M is no lateness");
        assertEquals(Optional.empty(), entry.consequence(), "no detention for a pupil at the dentist");
        assertFalse(entry.wasLate(), "not a line of the Late Book");
        assertEquals(Optional.of("signed out 08:30: dentist"), entry.reason());
        assertTrue(entry.explanation().contains("back at 09:40, which is no late mark"), entry.explanation());
    }

    @Test
    @DisplayName("marked L at 08:57 and then signed out at 10:00: the morning keeps its L")
    void lateThenSignedOutKeepsTheLate() {
        SessionEntry entry = new Session("demo", Register.AM).scan("08:57").signOut("10:00", AttendanceCode.M,
                "dentist").standing();
        assertEquals(AttendanceCode.L, entry.code());
        assertEquals(OptionalLong.of(12), entry.minutesLate());
        assertEquals(EntrySource.ARRIVAL, entry.source());
    }

    @Test
    @DisplayName("still out when the afternoon register is taken: the afternoon takes the sign-out's code")
    void stillOutAtTheAfternoonRegister() {
        SessionEntry entry = new Session("demo", Register.PM).signOut("11:00", AttendanceCode.I, "sent home ill")
                .standing();
        assertEquals(AttendanceCode.I, entry.code());
        assertEquals(EntrySource.SIGN_OUT, entry.source());
    }

    @Test
    @DisplayName("back before the afternoon register is taken: the sign-out codes nothing, the class register stands")
    void backBeforeTheRegisterIsPresentForIt() {
        assertEquals(Optional.empty(), new Session("demo", Register.PM).signOut("11:00", AttendanceCode.M, "dentist")
                .back("12:50").standingAt("23:00"));
    }

    @Test
    @DisplayName("a register not yet taken has no entry from a sign-out: the pupil may be back before it")
    void registerNotYetTaken() {
        Session out = new Session("demo", Register.PM).signOut("11:00", AttendanceCode.M, "dentist");
        assertEquals(Optional.empty(), out.standingAt("13:14"));
        assertEquals(AttendanceCode.M, out.standingAt("13:15").orElseThrow().code());
    }
}
