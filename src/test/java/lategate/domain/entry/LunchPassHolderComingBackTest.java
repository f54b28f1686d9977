package lategate.domain.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Oak Meadow §10: named pupils leave at lunch on a pass and come back. Their afternoon is timed by
 * their return as any arrival is (§5: the afternoon register is taken at 13:20 and closes at 13:30,
 * no grace): back before it is taken, present; after, L; after it closes, U; N only while still out
 * when it closes, the reason not yet known.
 */
class LunchPassHolderComingBackTest {

    private static Session outAtLunch() {
        return new Session("oak-meadow", Register.PM).lunchOut("12:35");
    }

    @Test
    @DisplayName("back at 13:10, before the afternoon register is taken at 13:20: present")
    void backBeforeTheRegisterIsPresent() {
        SessionEntry entry = outAtLunch().back("13:10").standing();
        assertEquals(AttendanceCode.PRESENT_PM, entry.code());
        assertEquals(EntrySource.LUNCH_PASS, entry.source());
    }

    @Test
    @DisplayName("signed back in at 13:25, while the afternoon register is open: L, 5 minutes late")
    void backWhileTheRegisterIsOpenIsLate() {
        SessionEntry entry = outAtLunch().back("13:25").standing();
        assertEquals(AttendanceCode.L, entry.code());
        assertEquals(OptionalLong.of(5), entry.minutesLate());
        assertTrue(entry.wasLate(), "a line of the Late Book");
    }

    @Test
    @DisplayName("scanning in at 13:35, after the afternoon register closed at 13:30: U, 15 minutes late")
    void scanAfterTheCloseIsUnauthorised() {
        SessionEntry entry = outAtLunch().scan("13:35").standing();
        assertEquals(AttendanceCode.U, entry.code());
        assertEquals(OptionalLong.of(15), entry.minutesLate());
    }

    @Test
    @DisplayName("still out when the afternoon register closes: N; while it is still open, no entry yet")
    void stillOutAtTheCloseIsN() {
        assertEquals(Optional.empty(), outAtLunch().standingAt("13:29"));
        SessionEntry entry = outAtLunch().standingAt("13:30").orElseThrow();
        assertEquals(AttendanceCode.N, entry.code());
        assertEquals(OptionalLong.empty(), entry.minutesLate());
    }

    @Test
    @DisplayName("back at 15:00, long after the close: U, its minutes from 13:20")
    void backLongAfterTheCloseIsUnauthorised() {
        SessionEntry entry = outAtLunch().back("15:00").standing();
        assertEquals(AttendanceCode.U, entry.code());
        assertEquals(OptionalLong.of(100), entry.minutesLate());
    }
}
