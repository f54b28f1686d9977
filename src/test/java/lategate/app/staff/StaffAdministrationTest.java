package lategate.app.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.domain.staff.LockoutRule;
import lategate.fakes.CheapPins;
import lategate.fakes.InMemoryStaffAccounts;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Only administrators manage staff; the first account is one; every change is logged with who made it. */
class StaffAdministrationTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final StaffMember HEAD = new StaffMember("head", "Sam Head", "Headteacher", Role.ADMINISTRATOR,
            false);
    private static final StaffMember JO = new StaffMember("jbloggs", "Jo Bloggs", "Office Manager",
            Role.RECEPTIONIST, false);
    private static final StaffMember AL = new StaffMember("alead", "Al Lead", "Attendance Lead",
            Role.ATTENDANCE_LEAD, false);

    private InMemoryStaffAccounts staff;
    private StaffAdministration admin;

    @BeforeEach
    void setUp() {
        staff = new InMemoryStaffAccounts();
        admin = new StaffAdministration(staff, LockoutRule.DEFAULT, new java.security.SecureRandom(),
                CheapPins.COST);
    }

    private static char[] pin(String digits) {
        return digits.toCharArray();
    }

    @Test
    @DisplayName("the first account must be an administrator; nothing is added otherwise")
    void firstMustBeAdministrator() {
        assertTrue(admin.noStaffYet());
        StaffRefused refused = assertThrows(StaffRefused.class, () -> admin.addFirstAdministrator(JO, pin("1357"), NINE));
        assertTrue(refused.getMessage().contains("the first account must be an administrator, not a receptionist"),
                refused.getMessage());
        assertTrue(admin.noStaffYet());
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        assertFalse(admin.noStaffYet());
        StaffEvent added = staff.events().get(0);
        assertEquals(new StaffEvent("head", StaffEventKind.ADDED, NINE, "head",
                "first account: Sam Head, Headteacher (administrator)"), added);
    }

    @Test
    @DisplayName("once there is an account, there is no second 'first administrator'")
    void onlyOneFirst() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        StaffMember other = new StaffMember("other", "Oth Er", "Deputy Head", Role.ADMINISTRATOR, false);
        assertThrows(StaffRefused.class, () -> admin.addFirstAdministrator(other, pin("2468"), NINE));
        assertEquals(1, staff.all().size());
    }

    @Test
    @DisplayName("a receptionist or attendance lead cannot add, disable or reset a PIN")
    void nonAdministratorRefused() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        admin.add(HEAD, JO, pin("1357"), NINE);
        admin.add(HEAD, AL, pin("9753"), NINE);
        StaffMember newcomer = new StaffMember("newbie", "New Bie", "Cover Receptionist", Role.RECEPTIONIST, false);
        StaffRefused add = assertThrows(StaffRefused.class, () -> admin.add(JO, newcomer, pin("1111"), NINE));
        assertEquals("Jo Bloggs is a receptionist: only an administrator may manage staff accounts", add.getMessage());
        StaffRefused disable = assertThrows(StaffRefused.class, () -> admin.disable(AL, "jbloggs", NINE));
        assertTrue(disable.getMessage().contains("Al Lead is an attendance lead"), disable.getMessage());
        assertThrows(StaffRefused.class, () -> admin.resetPin(JO, "jbloggs", pin("1111"), NINE));
        assertEquals(3, staff.all().size());
        assertFalse(staff.find("jbloggs").get().member().disabled());
    }

    @Test
    @DisplayName("an administrator who has been disabled can no longer manage staff")
    void disabledAdministratorRefused() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        StaffMember deputy = new StaffMember("deputy", "Dee Puty", "Deputy Head", Role.ADMINISTRATOR, false);
        admin.add(HEAD, deputy, pin("1111"), NINE);
        admin.disable(deputy, "head", NINE);
        StaffRefused refused = assertThrows(StaffRefused.class, () -> admin.add(HEAD, JO, pin("1357"), NINE));
        assertTrue(refused.getMessage().contains("'head' is disabled"), refused.getMessage());
    }

    @Test
    @DisplayName("a username is never used twice, even one a disabled account holds")
    void duplicateUsername() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        admin.add(HEAD, JO, pin("1357"), NINE);
        StaffMember again = new StaffMember("jbloggs", "Jo Bloggs", "Receptionist", Role.RECEPTIONIST, false);
        StaffRefused taken = assertThrows(StaffRefused.class, () -> admin.add(HEAD, again, pin("1111"), NINE));
        assertEquals("the username 'jbloggs' is taken: choose another", taken.getMessage());
        admin.disable(HEAD, "jbloggs", NINE);
        taken = assertThrows(StaffRefused.class, () -> admin.add(HEAD, again, pin("1111"), NINE));
        assertTrue(taken.getMessage().contains("by a disabled account"), taken.getMessage());
    }

    @Test
    @DisplayName("the last administrator cannot disable themselves; with a second one they can")
    void lastAdministrator() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        StaffRefused refused = assertThrows(StaffRefused.class, () -> admin.disable(HEAD, "head", NINE));
        assertTrue(refused.getMessage().contains("'head' is the last administrator"), refused.getMessage());
        StaffMember deputy = new StaffMember("deputy", "Dee Puty", "Deputy Head", Role.ADMINISTRATOR, false);
        admin.add(HEAD, deputy, pin("1111"), NINE);
        assertTrue(admin.disable(HEAD, "head", NINE).disabled());
    }

    @Test
    @DisplayName("PINs are 4 to 12 digits")
    void pinRule() {
        assertEquals(Optional.empty(), StaffAdministration.pinProblem(pin("1234")));
        assertEquals(Optional.empty(), StaffAdministration.pinProblem(pin("123456789012")));
        assertTrue(StaffAdministration.pinProblem(pin("123")).isPresent());
        assertTrue(StaffAdministration.pinProblem(pin("1234567890123")).isPresent());
        assertTrue(StaffAdministration.pinProblem(pin("12a4")).isPresent());
        assertThrows(StaffRefused.class, () -> admin.addFirstAdministrator(HEAD, pin("12"), NINE));
        assertTrue(admin.noStaffYet());
    }

    @Test
    @DisplayName("a disabled account keeps its PIN: it is not reset, and it is not disabled twice")
    void disabledStaysDisabled() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        admin.add(HEAD, JO, pin("1357"), NINE);
        admin.disable(HEAD, "jbloggs", NINE);
        assertThrows(StaffRefused.class, () -> admin.resetPin(HEAD, "jbloggs", pin("1111"), NINE));
        assertThrows(StaffRefused.class, () -> admin.disable(HEAD, "jbloggs", NINE));
    }

    @Test
    @DisplayName("every change is in the staff log with who made it")
    void everyChangeLogged() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        admin.add(HEAD, JO, pin("1357"), NINE.plusSeconds(1));
        admin.resetPin(HEAD, "jbloggs", pin("8642"), NINE.plusSeconds(2));
        admin.disable(HEAD, "jbloggs", NINE.plusSeconds(3));
        assertEquals(List.of(
                new StaffEvent("head", StaffEventKind.ADDED, NINE, "head",
                        "first account: Sam Head, Headteacher (administrator)"),
                new StaffEvent("jbloggs", StaffEventKind.ADDED, NINE.plusSeconds(1), "head",
                        "Jo Bloggs, Office Manager (receptionist)"),
                new StaffEvent("jbloggs", StaffEventKind.PIN_RESET, NINE.plusSeconds(2), "head", ""),
                new StaffEvent("jbloggs", StaffEventKind.DISABLED, NINE.plusSeconds(3), "head", "")),
                staff.events());
    }

    @Test
    @DisplayName("the list shows every account, disabled ones too, and until when a locked one is locked")
    void listShowsLocks() {
        admin.addFirstAdministrator(HEAD, pin("2468"), NINE);
        admin.add(HEAD, JO, pin("1357"), NINE);
        StaffSignIn signIn = new StaffSignIn(staff, LockoutRule.DEFAULT, CheapPins.COST);
        for (int i = 0; i < 5; i++) {
            signIn.signIn("jbloggs", pin("0000"), NINE.plusSeconds(i));
        }
        List<StaffListing> listing = admin.list(NINE.plusSeconds(60));
        assertEquals(List.of("head", "jbloggs"), listing.stream().map(l -> l.member().username()).toList());
        assertEquals(Optional.empty(), listing.get(0).lockedUntil());
        assertEquals(Optional.of(NINE.plusSeconds(4 + 15 * 60)), listing.get(1).lockedUntil());
    }
}
