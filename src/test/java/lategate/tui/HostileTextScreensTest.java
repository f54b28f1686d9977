package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.movement.Collection;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.store.SqliteMovements;
import lategate.store.SqliteStaff;
import lategate.store.SqliteStageDecisions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text already in the register, the roster or the settings that holds control characters (stored
 * by an older version, or written to a file by hand) is drawn as visible escapes: Lanterna refuses
 * a control character, and because rows are append-only, a screen that could not draw one would
 * fail every time it was drawn again.
 */
@Tag("attack")
class HostileTextScreensTest {

    private static final String CLEAR = "\u001b[2J";
    private static final String RED = "\u001b[31m";

    @TempDir
    Path dir;
    private StaffKiosk kiosk;
    private DefaultVirtualTerminal vt;
    private KioskTerminal terminal;
    private VirtualKeyboard keys;

    private void start(StaffKiosk k) throws Exception {
        kiosk = k;
        vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal = new KioskTerminal(vt, kiosk.flow, kiosk.clock, 12, 2, "reception");
        terminal.start();
        keys = new VirtualKeyboard(vt, terminal, kiosk.clock);
    }

    @AfterEach
    void close() throws Exception {
        if (terminal != null) {
            terminal.screen().stopScreen();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private String screenText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void signIn(String username, String pin) throws Exception {
        keys.key(KeyType.F2);
        keys.burst(username);
        keys.burst(pin);
    }

    @Test
    @DisplayName("a stored sign-out reason holding ESC [2J is shown as ␛[2J on who is off site")
    void signOutReason() throws Exception {
        StaffKiosk k = new StaffKiosk(dir, "2026-11-23T10:30:00");
        new SqliteMovements(k.database).record(new Movement.SignedOut("D1", k.now().minusSeconds(600),
                AttendanceCode.fromCode("M").orElseThrow(), "dentist" + CLEAR,
                new Collection("Sarah Jones", "mother", true, Optional.empty()), true, Optional.empty()),
                java.time.LocalDate.of(2026, 11, 23), new StaffIdentity("Jo Bloggs", "Office Manager"), k.now());
        start(k);
        signIn("jbloggs", "1357");
        keys.press("2");
        assertTrue(screenText().contains("dentist\u241b[2J"), screenText());
    }

    @Test
    @DisplayName("a staff name holding ESC[31m is shown as ␛[31m at the top of staff mode")
    void staffName() throws Exception {
        StaffKiosk k = new StaffKiosk(dir, "2026-11-23T10:30:00");
        new SqliteStaff(k.database).add(new StaffMember("mallory", "Mal" + RED + "lory", "Office" + RED,
                Role.RECEPTIONIST, false), lategate.fakes.CheapPins.hash("2580"),
                Instant.parse("2026-09-01T08:00:00Z"), "head");
        start(k);
        signIn("mallory", "2580");
        assertTrue(screenText().contains("Mal\u241b[31mlory"), screenText());
    }

    @Test
    @DisplayName("a stored stage override reason holding ESC is shown as ␛ on the lateness review")
    void stageOverrideReason() throws Exception {
        StaffKiosk k = new StaffKiosk(dir, "2026-10-23T15:30:00");
        for (String day : List.of("10-05", "10-06", "10-07")) {
            k.signIn.scan(lategate.TestBadges.printed("DEMO0003"), lategate.TestSchools.local(StaffKiosk.DEMO,
                    "2026-" + day + "T09:20:00"), "gate", KioskFlow.PUPIL, Optional.of("overslept"));
        }
        new SqliteStageDecisions(k.database).record(List.of(new StageDecision("D3", new Block(2), new Stage(0),
                new Stage(1), new Stage(3), StageDecision.Kind.OVERRIDDEN, new StaffIdentity("Priya Shah",
                "Attendance Lead"), Optional.of("held" + CLEAR + "back"), k.now())));
        start(k);
        signIn("lead", "9753");
        keys.press("5");
        assertTrue(screenText().contains("Oliver Smith"), screenText());
        keys.press("\n");
        String text = screenText();
        assertTrue(text.contains("held\u241b[2Jback"), text);
        assertFalse(text.contains("\u001b"), text);
    }

    @Test
    @DisplayName("a school name and reason labels holding \\u001b are shown as ␛ on the idle and reason screens")
    void schoolNameAndReasonLabels() throws Exception {
        School demo = StaffKiosk.DEMO;
        School hostile = new School(demo.id(), "Demo" + CLEAR + " School", demo.zone(), demo.policyTitle() + RED,
                demo.timetable(), demo.calendar(), demo.reasons().stream()
                .map(r -> new LateReason(r.key(), r.label() + RED, r.authorises())).toList(), demo.consequences(),
                demo.retention());
        start(new StaffKiosk(dir, "2026-11-23T08:50:00", false, hostile, List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")), List.<AuthorisedAdult>of()));
        assertTrue(screenText().contains("Demo\u241b[2J School"), screenText());
        keys.burst(lategate.TestBadges.printed("DEMO0001"));
        assertTrue(screenText().contains("\u241b[31m"), screenText());
        assertFalse(screenText().contains("\u001b"), screenText());
    }
}
