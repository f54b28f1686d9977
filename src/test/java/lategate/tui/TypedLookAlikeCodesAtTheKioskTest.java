package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lategate.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At the kiosk, a code typed by hand with the letter O for the digit 0 (or I for 1) signs in the
 * one pupil it can be, while the same characters from a scanner are refused as a misread: a
 * scan is matched exactly (docs/receptionist.md, "Typing a code" and "How a sign-in was made").
 * On a real database file.
 */
class TypedLookAlikeCodesAtTheKioskTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void kioskWith(List<lategate.domain.pupil.Pupil> roll) {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00", false, StaffKiosk.DEMO, roll, List.of());
    }

    @Test
    @DisplayName("DEMO0092O scanned is refused as misread; the same typed signs in DEMO00920's pupil, as typed")
    void scannedRefusedTypedCorrected() throws Exception {
        kioskWith(List.of(StoreFixture.pupil("D92", "Amelia", "Jones", "4B", "DEMO0092")));
        kiosk.scan("DEMO0092O");
        KioskState.NotRecognised refused = assertInstanceOf(KioskState.NotRecognised.class, kiosk.flow.state());
        assertTrue(refused.words().startsWith("Your badge was misread"), refused.words());
        assertEquals("0", kiosk.text("SELECT COUNT(*) FROM arrivals"), "a misread scan signs nobody in");
        assertTrue(kiosk.text("SELECT why FROM unmarked_scans WHERE code = 'DEMO0092O'")
                .contains("check character does not match"));

        kiosk.advance(Duration.ofSeconds(30));
        kiosk.type("DEMO0092O"); // by hand, a key at a time
        kiosk.enter();
        assertInstanceOf(KioskState.PickingReason.class, kiosk.flow.state(), "the typed code signs the pupil in");
        kiosk.type("1");
        assertEquals("typed", kiosk.text("SELECT sign_in FROM arrivals WHERE pupil_id = 'D92'"));
    }

    @Test
    @DisplayName("a typed code that could be two pupils' badges is refused as ambiguous, and kept in the scan log")
    void twoPupilsIsAmbiguous() throws Exception {
        // DEMOOOIOR reads as DEMO0010R and as DEMOO01OR, both with a good check character.
        kioskWith(List.of(StoreFixture.pupil("D10", "Amelia", "Jones", "4B", "DEMO0010"),
                StoreFixture.pupil("D11", "Oliver", "Smith", "6O", "DEMOO01O")));
        kiosk.type("DEMOOOIOR");
        kiosk.enter();
        KioskState.NotRecognised refused = assertInstanceOf(KioskState.NotRecognised.class, kiosk.flow.state());
        assertEquals("That code could be more than one badge. Please scan your badge, or see the office.",
                refused.words());
        assertEquals("0", kiosk.text("SELECT COUNT(*) FROM arrivals"));
        String why = kiosk.text("SELECT why FROM unmarked_scans WHERE code = 'DEMOOOIOR'");
        assertTrue(why.contains("DEMO0010") && why.contains("DEMOO01O"), why);
    }
}
