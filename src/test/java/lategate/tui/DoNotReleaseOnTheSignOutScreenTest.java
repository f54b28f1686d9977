package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Phone;
import lategate.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-out screen with a family whose contacts hold several labelled phones, parental
 * responsibility and an adult marked do not release, at 80x24 through Lanterna's virtual terminal
 * (docs/receptionist.md, "Contacts"; the DfE's "Understanding and dealing with issues relating to
 * parental responsibility": only a court order limits a parent; Seagrave §12.2).
 */
class DoNotReleaseOnTheSignOutScreenTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;
    private DefaultVirtualTerminal vt;
    private KioskTerminal terminal;
    private VirtualKeyboard keys;

    @AfterEach
    void close() throws Exception {
        if (terminal != null) {
            terminal.screen().stopScreen();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void start() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T10:30:00", false, StaffKiosk.DEMO, List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")), List.of(
                new AuthorisedAdult("D1", "Sarah Jones", "mother", true, List.of(
                        new Phone("07700 900125", Optional.of("mobile")), new Phone("01632 960001", Optional.of("work"))),
                        Optional.of(true), false),
                new AuthorisedAdult("D1", "Gran", "grandmother", false, Optional.empty()),
                new AuthorisedAdult("D1", "Tom Jones", "father", false, List.of(), Optional.of(true), true)));
        vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal = new KioskTerminal(vt, kiosk.flow, kiosk.clock, 12, 2, "reception");
        terminal.start();
        keys = new VirtualKeyboard(vt, terminal, kiosk.clock);
        keys.key(KeyType.F2);
        keys.burst("jbloggs");
        keys.burst("1357");
    }

    private String rowText(int row) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < 80; col++) {
            text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
        }
        return text.toString();
    }

    private String screenText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 24; row++) {
            text.append(rowText(row)).append('\n');
        }
        return text.toString();
    }

    private int rowOf(String words) {
        for (int row = 0; row < 24; row++) {
            if (rowText(row).contains(words)) {
                return row;
            }
        }
        throw new AssertionError("screen does not show '" + words + "':\n" + screenText());
    }

    private boolean reversed(String words) {
        int row = rowOf(words);
        return vt.getCharacter(new TerminalPosition(rowText(row).indexOf(words), row)).getModifiers()
                .contains(SGR.REVERSE);
    }

    @Test
    @DisplayName("the adult marked do not release is warned of first, in reverse video, as never to be given the "
            + "pupil; the parent who may collect is offered with both phones, labelled, and parental responsibility")
    void doNotReleaseFirstAndEveryPhone() throws Exception {
        start();
        keys.press("1amelia\n1");
        String never = "DO NOT RELEASE to Tom Jones (father): NEVER to be given the pupil";
        assertTrue(reversed(never), screenText());
        assertTrue(reversed("DO NOT RELEASE to Gran (grandmother): listed as may not collect"), screenText());
        assertTrue(reversed("court order or safeguarding instruction: keep the pupil, tell the DSL now"), screenText());
        assertTrue(rowOf(never) < rowOf("DO NOT RELEASE to Gran"), "do not release comes first:\n" + screenText());
        keys.press("M");
        keys.burst("dentist");
        rowOf("1   Sarah Jones (mother, PR)  07700 900125 (mobile), 01632 960001 (work)");
        assertFalse(screenText().contains("2   Tom Jones"), screenText());
        keys.press("0Tom Jones\n");
        assertTrue(reversed("REFUSED: DO NOT RELEASE to Tom Jones (father): NEVER"), screenText());
        assertEquals(0, kiosk.count("SELECT count(*) FROM movements"));
    }
}
