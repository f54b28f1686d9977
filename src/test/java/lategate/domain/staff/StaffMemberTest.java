package lategate.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    @DisplayName("a member of staff is shown in the audit trail by name and position")
    void nameAndPosition() {
        StaffMember jo = new StaffMember("jbloggs", " Jo Bloggs ", "Office Manager", Role.RECEPTIONIST, false);
        assertEquals("Jo Bloggs, Office Manager", jo.nameAndPosition());
    }

    @Test
    @DisplayName("a blank name or position, or a username with capitals or spaces, is refused")
    void refusesIncomplete() {
        assertThrows(IllegalArgumentException.class,
                () -> new StaffMember("jbloggs", " ", "Office Manager", Role.RECEPTIONIST, false));
        assertThrows(IllegalArgumentException.class,
                () -> new StaffMember("jbloggs", "Jo Bloggs", "", Role.RECEPTIONIST, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StaffMember("Jo Bloggs", "Jo Bloggs", "Office Manager", Role.RECEPTIONIST, false));
        assertTrue(e.getMessage().contains("lowercase"), e.getMessage());
    }

    @Test
    @DisplayName("roles are read from their words, forgiving case and underscores")
    void roleWords() {
        assertEquals(Optional.of(Role.ATTENDANCE_LEAD), Role.fromWord("attendance-lead"));
        assertEquals(Optional.of(Role.ATTENDANCE_LEAD), Role.fromWord("Attendance_Lead"));
        assertEquals(Optional.of(Role.ADMINISTRATOR), Role.fromWord("administrator"));
        assertEquals(Optional.empty(), Role.fromWord("headteacher"));
        assertEquals("attendance lead", Role.ATTENDANCE_LEAD.words());
    }
}
