package lategate.domain.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Oak Meadow §7, PSA §H, KTS §4.1: every amendment keeps the original entry, the amended entry, the
 * reason, the date and who made it; the latest stands. PSA §J: a morning U earns a lunchtime detention.
 */
class AmendmentsInTheOrderMadeTest {

    @Test
    @DisplayName("a U amended to M stands as M, with the original U beside it and the detention gone")
    void amendedToMIsNoLongerLate() {
        Session pupil = new Session("psa", Register.AM).scan("08:40").reason("08:40", "Bus", ReasonStatus.GIVEN);
        assertEquals(Optional.of("Lunchtime detention today"), pupil.standing().consequence());
        SessionEntry entry = pupil.amend("11:02", AttendanceCode.U, AttendanceCode.M, "dentist", Optional.empty())
                .standing();
        assertEquals(AttendanceCode.M, entry.code());
        assertEquals(AttendanceCode.U, entry.originalCode());
        assertTrue(entry.changed());
        assertTrue(entry.wasLate(), "still a line of the Late Book, shown as it stands");
        assertEquals(Optional.empty(), entry.consequence());
        assertEquals(OptionalLong.empty(), entry.minutesLate());
        assertEquals("dentist", entry.change().orElseThrow().why());
        assertEquals(Session.OFFICE, entry.change().orElseThrow().by());
    }

    @Test
    @DisplayName("a late bus amends U to L with a late reason: L with its minutes, the staff's reason stands")
    void lateBusToL() {
        SessionEntry entry = new Session("psa", Register.AM).scan("08:40").reason("08:40", "Overslept",
                ReasonStatus.GIVEN).amend("10:00", AttendanceCode.U, AttendanceCode.L, "bus company confirmed",
                Optional.of("Late bus")).standing();
        assertEquals(AttendanceCode.L, entry.code());
        assertEquals(OptionalLong.of(40), entry.minutesLate());
        assertEquals(Optional.of("Late bus"), entry.reason());
        assertEquals(Optional.empty(), entry.consequence(), "the detention was for the U");
    }

    @Test
    @DisplayName("two amendments: the latest stands and both are in the history, in order")
    void latestStands() {
        SessionEntry entry = new Session("russell", Register.AM).scan("09:20")
                .amend("10:00", AttendanceCode.U, AttendanceCode.M, "dentist", Optional.empty())
                .amend("11:00", AttendanceCode.M, AttendanceCode.L, "arrived before close, clock wrong",
                        Optional.empty()).standing();
        assertEquals(AttendanceCode.L, entry.code());
        assertEquals(AttendanceCode.U, entry.originalCode());
        assertEquals(2, entry.history().steps().stream().filter(s -> s.words().startsWith("amended")).count());
        assertTrue(entry.history().steps().get(entry.history().steps().size() - 1).words().contains("M → L"));
    }

    @Test
    @DisplayName("repeat scans never make a second mark: the first stands, the repeats are counted")
    void repeatsAreCounted() {
        SessionEntry entry = new Session("russell", Register.AM).scan("08:50").scan("09:20").standing();
        assertEquals(AttendanceCode.L, entry.code());
        assertEquals(1, entry.repeats());
        assertFalse(entry.changed());
    }
}
