package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lategate.app.LateBookEntry;
import lategate.domain.register.SignInMethod;
import lategate.scanner.KioskInput;
import lategate.store.SqliteSessionRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A badge scanned, a code typed by hand at the kiosk and a staff sign-in without a badge are three
 * different things, kept with each arrival and shown in the Late Book (docs/receptionist.md, "How a
 * sign-in was made"; DOMAIN: pupils scan a badge, and the receptionist signs in a pupil who forgot
 * theirs). On a real database file.
 */
class SignInMethodAtTheKioskTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

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
    @DisplayName("a scanner's burst is a scan, keys typed one at a time are a typed code, staff without a badge is staff")
    void typedScannedAndStaff() throws Exception {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0002")); // the scanner: a burst ended by Enter, as the terminal assembles it
        kiosk.type("1");
        kiosk.type(printed("DEMO0003")); // typed by hand, a key at a time
        kiosk.enter();
        assertInstanceOf(KioskState.PickingReason.class, kiosk.flow.state(), "a typed code signs in as a scan does");
        kiosk.type("1");

        kiosk.signInAsReceptionist();
        kiosk.type("1");
        kiosk.type("amelia");
        kiosk.enter();
        kiosk.type("3"); // sign in without a badge
        kiosk.key(KioskInput.Key.ESCAPE);

        assertEquals("scan", kiosk.text("SELECT sign_in FROM arrivals WHERE pupil_id = 'D2'"));
        assertEquals("typed", kiosk.text("SELECT sign_in FROM arrivals WHERE pupil_id = 'D3'"));
        assertEquals("staff", kiosk.text("SELECT sign_in FROM arrivals WHERE pupil_id = 'D1'"));
        assertEquals("pupil (badge scan)", kiosk.text("SELECT recorded_by FROM arrivals WHERE pupil_id = 'D2'"));
        assertEquals("pupil (code typed at the kiosk)",
                kiosk.text("SELECT recorded_by FROM arrivals WHERE pupil_id = 'D3'"),
                "a typed code is no longer recorded as a badge scan");

        Map<String, Optional<SignInMethod>> book = SqliteSessionRecords.entries(kiosk.school, kiosk.database,
                        java.time.Clock.fixed(kiosk.now(), kiosk.school.zone())).lateBook(MONDAY).stream()
                .collect(Collectors.toMap(e -> e.entry().pupilId(), (LateBookEntry e) -> e.entry().signIn()));
        assertEquals(Map.of("D1", Optional.of(SignInMethod.STAFF), "D2", Optional.of(SignInMethod.SCAN),
                "D3", Optional.of(SignInMethod.TYPED)), book);
    }
}
