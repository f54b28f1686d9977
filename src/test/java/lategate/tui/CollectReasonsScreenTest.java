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
}
