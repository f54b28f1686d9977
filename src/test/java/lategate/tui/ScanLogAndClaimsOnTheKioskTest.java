package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import lategate.scanner.KioskInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's scan log and open claims in staff mode. Scans that mark nothing are kept for the
 * office (docs/architecture.md, "The database"); a claimed reason (Seagrave §8: a medical
 * appointment is authorised, M, once the school accepts it) waits across days until staff decide it.
 */
class ScanLogAndClaimsOnTheKioskTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private Drawn drawn(int columns, int rows) throws Exception {
        kiosk.staff.viewport(columns, rows);
        return Drawn.of(kiosk.school, kiosk.flow.state(), columns, rows, kiosk.now());
    }

    @Test
    @DisplayName("7 on the menu: today's refused scans with time, kiosk, the code as read and why; accepted scans are not in it")
    void scanLog() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:40:00");
        kiosk.scan(printed("DEMO0001")); // on time: taken
        kiosk.advance(Duration.ofSeconds(10));
        kiosk.scan("DEMO0002X"); // a misread check character
        kiosk.advance(Duration.ofSeconds(10));
        kiosk.scan(printed("DEMO9999")); // no pupil on roll holds it
        kiosk.advance(Duration.ofMinutes(1));
        kiosk.signInAsReceptionist();
        kiosk.type("7");
        StaffScreen.ScanLog log = assertInstanceOf(StaffScreen.ScanLog.class, kiosk.screen());
        assertEquals(LocalDate.of(2026, 11, 23), log.day());
        assertEquals(List.of("DEMO0002X", printed("DEMO9999")),
                log.scans().stream().map(s -> s.scan().code().orElseThrow()).toList());
        Drawn usual = drawn(80, 24);
        assertTrue(usual.shows("08:40:10  reception (keyboard)"), usual.text());
        assertTrue(usual.shows("'DEMO0002X': its check character"), usual.text());
        assertEquals(1, usual.text().split("'DEMO0002X'", -1).length - 1, "the code as read, said once:\n" + usual.text());
        assertTrue(usual.shows("Scan log") && usual.shows("(2 refused)"), usual.text());
        assertFalse(usual.shows("Amelia"), "a badge that signed its pupil in is not a refused scan");
        assertEquals(List.of(), usual.overlaps(1), usual.text());
        assertEquals(List.of(), drawn(200, 60).overlaps(1));
        Drawn small = drawn(40, 12);
        assertTrue(small.shows("'DEMO0002X'"), small.text());
        assertEquals(List.of(), small.overlaps(1), small.text());
        assertFalse(small.spills());

        kiosk.key(KioskInput.Key.LEFT);
        log = assertInstanceOf(StaffScreen.ScanLog.class, kiosk.screen());
        assertEquals(LocalDate.of(2026, 11, 22), log.day());
        assertEquals(List.of(), log.scans());
        kiosk.key(KioskInput.Key.RIGHT);
        kiosk.key(KioskInput.Key.RIGHT);
        assertEquals(LocalDate.of(2026, 11, 23), assertInstanceOf(StaffScreen.ScanLog.class, kiosk.screen()).day(),
                "never past today");
        kiosk.key(KioskInput.Key.ESCAPE);
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
    }

    @Test
    @DisplayName("a claim made on Monday and not decided is still listed on Tuesday, and deciding it there is the claims command's decision")
    void claimsAcrossDays() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0001"));
        kiosk.type("3"); // Doctor, dentist or hospital: a claim
        kiosk.advance(Duration.ofMinutes(1));
        kiosk.later(Duration.ofDays(1));
        kiosk.advance(Duration.ofSeconds(1));
        kiosk.signInAsReceptionist();
        kiosk.type("4");
        StaffScreen.Claims claims = assertInstanceOf(StaffScreen.Claims.class, kiosk.screen());
        assertEquals(1, claims.claims().size(), "Monday's claim waits on Tuesday");
        assertEquals(LocalDate.of(2026, 11, 23), claims.claims().get(0).entry().entry().date());
        Drawn usual = drawn(80, 24);
        assertTrue(usual.shows("Amelia Jones") && usual.shows("Mon 23 Nov"), usual.text());
        kiosk.type("1");
        kiosk.type("appointment card");
        kiosk.enter();
        assertEquals(List.of(), assertInstanceOf(StaffScreen.Claims.class, kiosk.screen()).claims());
        assertEquals(1, kiosk.count("SELECT count(*) FROM claim_decisions WHERE verdict = 'confirmed' "
                + "AND why = 'appointment card'"));
    }
}
