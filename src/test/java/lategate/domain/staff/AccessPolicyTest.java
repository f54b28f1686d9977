package lategate.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lategate.domain.staff.AccessPolicy.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessPolicyTest {

    private static final String ALLOWED = "allowed";

    /** The whole table, every role by every action: "allowed", or the reason a person reads. */
    static Stream<Arguments> table() {
        return Stream.of(
                cell(Role.RECEPTIONIST, Action.REVIEW_LATENESS,
                        "only an attendance lead or an administrator may review lateness"),
                cell(Role.RECEPTIONIST, Action.DECIDE_STAGES,
                        "only an attendance lead or an administrator may decide stages"),
                cell(Role.RECEPTIONIST, Action.GRANT_LUNCH_PASS, "only an administrator may grant a lunchtime pass"),
                cell(Role.RECEPTIONIST, Action.END_LUNCH_PASS, "only an administrator may end a lunchtime pass"),
                cell(Role.RECEPTIONIST, Action.PURGE_REGISTER, "only an administrator may purge the register"),
                cell(Role.RECEPTIONIST, Action.MANAGE_STAFF, "only an administrator may manage staff accounts"),

                cell(Role.ATTENDANCE_LEAD, Action.REVIEW_LATENESS, ALLOWED),
                cell(Role.ATTENDANCE_LEAD, Action.DECIDE_STAGES, ALLOWED),
                cell(Role.ATTENDANCE_LEAD, Action.GRANT_LUNCH_PASS, "only an administrator may grant a lunchtime pass"),
                cell(Role.ATTENDANCE_LEAD, Action.END_LUNCH_PASS, "only an administrator may end a lunchtime pass"),
                cell(Role.ATTENDANCE_LEAD, Action.PURGE_REGISTER, "only an administrator may purge the register"),
                cell(Role.ATTENDANCE_LEAD, Action.MANAGE_STAFF, "only an administrator may manage staff accounts"),

                cell(Role.ADMINISTRATOR, Action.REVIEW_LATENESS, ALLOWED),
                cell(Role.ADMINISTRATOR, Action.DECIDE_STAGES, ALLOWED),
                cell(Role.ADMINISTRATOR, Action.GRANT_LUNCH_PASS, ALLOWED),
                cell(Role.ADMINISTRATOR, Action.END_LUNCH_PASS, ALLOWED),
                cell(Role.ADMINISTRATOR, Action.PURGE_REGISTER, ALLOWED),
                cell(Role.ADMINISTRATOR, Action.MANAGE_STAFF, ALLOWED));
    }

    private static Arguments cell(Role role, Action action, String answer) {
        return Arguments.of(role, action, answer);
    }

    @ParameterizedTest(name = "{0} × {1}: {2}")
    @MethodSource("table")
    @DisplayName("every role × action cell: allowed, or refused with the reason a person reads")
    void everyCell(Role role, Action action, String answer) {
        Permission permission = AccessPolicy.standard().decide(role, action);
        assertEquals(action, permission.action());
        if (answer.equals(ALLOWED)) {
            assertEquals(new Permission.Allowed(action), permission);
        } else {
            assertEquals(new Permission.Refused(action, answer), permission);
        }
    }

    @Test
    @DisplayName("the table above has exactly one cell for every role and every action")
    void tableIsWhole() {
        Set<String> cells = new HashSet<>();
        table().forEach(a -> assertTrue(cells.add(a.get()[0] + " " + a.get()[1]), "twice: " + a.get()[0] + " "
                + a.get()[1]));
        assertEquals(Role.values().length * Action.values().length, cells.size());
    }

    @Test
    @DisplayName("asked about a member of staff, a refusal says who they are first")
    void refusalNamesTheMember() {
        StaffMember pat = new StaffMember("pat", "Pat Reed", "Receptionist", Role.RECEPTIONIST, false);
        Permission refused = AccessPolicy.standard().decide(pat, Action.PURGE_REGISTER);
        assertEquals(new Permission.Refused(Action.PURGE_REGISTER,
                "Pat Reed is a receptionist: only an administrator may purge the register"), refused);
        StaffMember head = new StaffMember("head", "Sam Head", "Headteacher", Role.ADMINISTRATOR, false);
        assertTrue(AccessPolicy.standard().decide(head, Action.PURGE_REGISTER).allowed());
    }

    @Test
    @DisplayName("a refusal throws what the caller makes of its reason; an allowance throws nothing")
    void orElseThrow() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AccessPolicy.standard()
                .decide(Role.ATTENDANCE_LEAD, Action.MANAGE_STAFF).orElseThrow(IllegalStateException::new));
        assertEquals("only an administrator may manage staff accounts", e.getMessage());
        AccessPolicy.standard().decide(Role.ADMINISTRATOR, Action.MANAGE_STAFF).orElseThrow(IllegalStateException::new);
    }

    @Test
    @DisplayName("a policy needs a rule for every action, and a rule lets some role through")
    void whole() {
        Map<Action, AccessPolicy.Rule> some = new EnumMap<>(Action.class);
        some.put(Action.PURGE_REGISTER, AccessPolicy.ONLY_AN_ADMINISTRATOR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AccessPolicy(some));
        assertTrue(e.getMessage().contains("review lateness"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AccessPolicy.Rule(Set.of()));
        assertFalse(AccessPolicy.ONLY_AN_ADMINISTRATOR.roles().contains(Role.RECEPTIONIST));
        assertEquals("only an attendance lead or an administrator",
                AccessPolicy.ONLY_AN_ATTENDANCE_LEAD_OR_AN_ADMINISTRATOR.name());
    }
}
