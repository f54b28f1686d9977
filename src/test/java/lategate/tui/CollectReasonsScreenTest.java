package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import lategate.domain.register.ReasonStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reasons to collect in staff mode (docs/receptionist.md, "Reasons to collect"), on a real database: the
 * receptionist lists today's late pupils with no reason and adds the one the pupil gives, recorded with
 * their name and position (the 2024 regulations: the register keeps who recorded what).
 */
class CollectReasonsScreenTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    @DisplayName("R on the menu lists the pupil the queue cut short; Enter and a number add the reason, signed by staff")
    void receptionistAddsAReason() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0001"));
        kiosk.advance(Duration.ofMillis(300));
        kiosk.scan(printed("DEMO0002")); // cuts Amelia's picker short
        kiosk.type("2"); // Zoë chooses "Woke up late"
        kiosk.advance(Duration.ofMinutes(30));
        kiosk.signInAsReceptionist();
        StaffScreen.Menu menu = assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals(1, menu.reasonsToCollect());

        kiosk.type("r");
        StaffScreen.CollectReasons list = assertInstanceOf(StaffScreen.CollectReasons.class, kiosk.screen());
        assertEquals(1, list.pending().size());
        assertEquals("Amelia", list.pending().get(0).givenName());
        assertEquals(ReasonStatus.NOT_ASKED, list.pending().get(0).reasonStatus().orElseThrow());

        kiosk.enter();
        assertTrue(assertInstanceOf(StaffScreen.CollectReasons.class, kiosk.screen()).choosing());
        kiosk.type("1"); // Bus, train or traffic
        StaffScreen.CollectReasons after = assertInstanceOf(StaffScreen.CollectReasons.class, kiosk.screen());
        assertEquals(0, after.pending().size(), "collected: off the list");
        assertTrue(kiosk.staff.view().status().orElse("").contains("Amelia Jones: reason added: Bus, train or traffic"),
                kiosk.staff.view().status().toString());
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'transport' "
                + "AND recorded_by = 'Jo Bloggs (Office Manager)'"));
    }

    @Test
    @DisplayName("at 40x12 the reasons screen and the late-bus form keep their title, chosen pupil and fields in view")
    void smallScreens() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0001"));
        kiosk.scan(printed("DEMO0002"));
        kiosk.advance(Duration.ofMinutes(1));
        kiosk.signInAsReceptionist();
        kiosk.type("r");
        kiosk.enter();
        String reasons = render(new com.googlecode.lanterna.TerminalSize(40, 12));
        assertTrue(reasons.contains("Reasons to collect (2)"), reasons);
        assertTrue(reasons.contains("> "), "the chosen pupil:\n" + reasons);
        assertTrue(reasons.contains("1   Bus, train or traffic"), reasons);
        kiosk.key(lategate.scanner.KioskInput.Key.ESCAPE);
        kiosk.key(lategate.scanner.KioskInput.Key.ESCAPE);
        kiosk.type("b");
        kiosk.type("route 42");
        kiosk.enter();
        kiosk.type("09:30");
        kiosk.enter();
        kiosk.type("route 43");
        kiosk.enter();
        String form = render(new com.googlecode.lanterna.TerminalSize(40, 12));
        assertTrue(form.contains("Running now:"), form);
        assertTrue(form.contains("Route or reason: route 43") && form.contains("Until (HH:MM):"), form);
    }

    private String render(com.googlecode.lanterna.TerminalSize size) throws Exception {
        var vt = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(size);
        var screen = new com.googlecode.lanterna.screen.TerminalScreen(vt);
        screen.startScreen();
        new KioskRenderer(StaffKiosk.DEMO, "reception", lategate.scanner.ScannerMonitor.NONE)
                .draw(screen.newTextGraphics(), size, kiosk.flow.state(), kiosk.now());
        screen.refresh();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                text.append(vt.getCharacter(new com.googlecode.lanterna.TerminalPosition(col, row))
                        .getCharacterString());
            }
            text.append('\n');
        }
        screen.stopScreen();
        return text.toString();
    }
}
