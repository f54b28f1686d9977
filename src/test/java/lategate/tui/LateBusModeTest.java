package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import lategate.app.entry.LateBusMode;
import lategate.domain.audit.StaffIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Late-bus mode (docs/receptionist.md, "Late-bus mode"), on a real database: staff declare a late bus
 * until a time; late pupils who scan have it as their reason, with no picker and no consequence; the mark
 * is still the register rules' (the 2024 regulations: a late arrival after the register closes is U
 * unless the school authorises it, which is an amendment); it ends by itself and survives a restart.
 */
class LateBusModeTest {

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
    @DisplayName("declared from staff mode (B, route, Enter, until, Enter) by a receptionist: the next U has the bus as its reason, no picker, no consequence")
    void declaredFromStaffMode() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T09:15:00");
        kiosk.signInAsReceptionist();
        kiosk.type("b");
        assertInstanceOf(StaffScreen.LateBusForm.class, kiosk.screen());
        kiosk.type("route 42");
        kiosk.enter();
        kiosk.type("09:45");
        kiosk.enter();
        StaffScreen.LateBusForm form = assertInstanceOf(StaffScreen.LateBusForm.class, kiosk.screen());
        assertTrue(form.running().isPresent(), form.problem().orElse(""));
        assertTrue(kiosk.staff.view().status().orElse("").contains("Late bus mode (route 42) until 09:45"),
                kiosk.staff.view().status().toString());
        kiosk.key(lategate.scanner.KioskInput.Key.ESCAPE);
        kiosk.key(lategate.scanner.KioskInput.Key.ESCAPE);
        kiosk.advance(Duration.ofSeconds(3));
        KioskState.IdleLateBus idle = assertInstanceOf(KioskState.IdleLateBus.class, kiosk.flow.state());
        assertEquals("Late bus mode (route 42) until 09:45", idle.words());

        kiosk.advance(Duration.ofMinutes(5)); // 09:20: after the morning register closed (09:10), so U
        kiosk.scan(printed("DEMO0001"));
        KioskState.OnLateBus on = assertInstanceOf(KioskState.OnLateBus.class, kiosk.flow.state());
        assertEquals("route 42", on.route());
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1' AND mark = 'U' "
                + "AND consequence IS NULL"), "the mark is the rules' U; the break consequence is told to nobody");
        assertEquals("Late bus: route 42, declared by Jo Bloggs at 09:15", kiosk.text("SELECT reason_label FROM "
                + "arrival_reasons WHERE reason_key = 'late_bus' AND status = 'given'"));
    }

    @Test
    @DisplayName("it ends by itself at the time given: the next pupil picks a reason and hears the consequence again")
    void endsByItself() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T09:15:00");
        new LateBusMode(StaffKiosk.DEMO, new lategate.store.SqliteLateBuses(kiosk.database), kiosk.clock)
                .declare("route 42", LocalTime.of(9, 20), new StaffIdentity("Pat Reed", "Receptionist"), "gate");
        kiosk.advance(Duration.ofMinutes(6)); // 09:21
        assertInstanceOf(KioskState.Idle.class, kiosk.flow.state(), "the late bus has ended");
        kiosk.scan(printed("DEMO0002"));
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class, kiosk.flow.state());
        assertEquals("Please see your class teacher at break", picking.consequence().orElseThrow());
    }

    @Test
    @DisplayName("a late bus survives a restart: the file, reopened, still has it, with who declared it and until when")
    void survivesARestart() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T09:15:00");
        new LateBusMode(StaffKiosk.DEMO, new lategate.store.SqliteLateBuses(kiosk.database), kiosk.clock)
                .declare("the 8:15 from Hill Top", LocalTime.of(9, 40), new StaffIdentity("Pat Reed", "Receptionist"),
                        "gate");
        java.time.Instant at = kiosk.now().plusSeconds(60);
        kiosk.close();
        kiosk = null;
        try (lategate.store.Database reopened = lategate.store.Database.open(dir.resolve("demo.db"))) {
            var bus = new lategate.store.SqliteLateBuses(reopened).covering(at).orElseThrow();
            assertEquals("Late bus mode (the 8:15 from Hill Top) until 09:40", bus.words(StaffKiosk.DEMO.zone()));
            assertEquals("Pat Reed", bus.declaredBy().name());
            assertTrue(new lategate.store.SqliteLateBuses(reopened).covering(at.plusSeconds(30 * 60)).isEmpty(),
                    "09:46: it has ended by itself");
        }
    }

    @Test
    @DisplayName("a late bus's pupil who scans while staff mode is open gets the bus's reason too, as at the kiosk")
    void scannedInStaffMode() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T09:15:00");
        new LateBusMode(StaffKiosk.DEMO, new lategate.store.SqliteLateBuses(kiosk.database), kiosk.clock)
                .declare("route 42", LocalTime.of(9, 40), new StaffIdentity("Pat Reed", "Receptionist"), "gate");
        kiosk.signInAsReceptionist();
        kiosk.scan(printed("DEMO0002"));
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrival_reasons r JOIN arrivals a ON a.id = r.arrival_id "
                + "WHERE a.pupil_id = 'D2' AND r.reason_key = 'late_bus' AND a.consequence IS NULL"));
    }

    @Test
    @DisplayName("a late bus must name its route and end later today; nothing is recorded otherwise")
    void refusals() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T09:15:00");
        LateBusMode mode = new LateBusMode(StaffKiosk.DEMO, new lategate.store.SqliteLateBuses(kiosk.database),
                kiosk.clock);
        StaffIdentity pat = new StaffIdentity("Pat Reed", "Receptionist");
        assertThrows(LateBusMode.Refused.class, () -> mode.declare("  ", LocalTime.of(9, 40), pat, "gate"));
        assertThrows(LateBusMode.Refused.class, () -> mode.declare("route 42", LocalTime.of(9, 0), pat, "gate"));
        assertEquals(0, kiosk.count("SELECT count(*) FROM late_bus_modes"));
    }
}
