package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.app.scans.LoggedScan;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.PrintedCodes;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteScanLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk of a school whose existing cards are taken as scanned ([badges] printed = "as-is"): an
 * admission number's barcode and an NFC reader's UID sign pupils in with no check character, and a
 * code too short or on nobody's card is refused and kept in the scan log (docs/receptionist.md,
 * "Existing cards"; docs/settings.md, "[badges]"). On a real database file, with no terminal.
 */
class ExistingCardsAtTheKioskTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    private final Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00");
    private Database database;
    private KioskFlow flow;

    @BeforeEach
    void kiosk() {
        database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "A01234"),
                StoreFixture.pupil("D2", "Oliver", "Smith", "5A", "04A1B2C3")));
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        BadgeCodes asIs = new BadgeCodes(demo.id(), demo.name(), Optional.empty(), PrintedCodes.AS_IS, 6);
        SignIn signIn = new SignIn(demo, asIs, new SqliteBadgeIssues(database), new SqlitePupils(database), register,
                new lategate.store.SqliteMovements(database), Clock.fixed(morning, ZoneOffset.UTC));
        flow = new KioskFlow(demo, signIn, register, new lategate.store.SqliteKioskFaults(database), "gate",
                KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234,
                Clock.fixed(morning, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void scan(String code, Instant at) {
        flow.handle(new KioskInput.Scan(new ScanInput(code, at, "keyboard")), at);
    }

    private List<LoggedScan> scanLog() {
        return new SqliteScanLog(database, demo.zone()).on(LocalDate.of(2026, 11, 23));
    }

    @Test
    @DisplayName("an admission number's barcode, A01234, signs its pupil in: no check character")
    void admissionNumberSignsIn() {
        scan("A01234", morning);
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class, flow.state());
        assertEquals("D1", picking.pupil().id());
    }

    @Test
    @DisplayName("an NFC reader's UID in lower case signs its pupil in")
    void lowerCaseUidSignsIn() {
        scan("04a1b2c3", morning);
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class, flow.state());
        assertEquals("D2", picking.pupil().id());
    }

    @Test
    @DisplayName("a code shorter than min_length, and a code on nobody's card: refused, and in the scan log as refused")
    void shortAndUnknownRefused() {
        scan("A0123", morning);
        assertInstanceOf(KioskState.NotRecognised.class, flow.state());
        flow.tick(morning.plusSeconds(10));
        scan("A01299", morning.plusSeconds(20));
        assertInstanceOf(KioskState.NotRecognised.class, flow.state());
        List<LoggedScan> log = scanLog();
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.stream().allMatch(LoggedScan::refused), log.toString());
        assertEquals(Optional.of("A0123"), log.get(0).code());
        assertTrue(log.get(0).why().orElseThrow().contains("min_length 6"), log.get(0).why().toString());
        assertEquals(Optional.of("A01299"), log.get(1).code());
        assertTrue(log.get(1).why().orElseThrow().contains("as-is: exact match"), log.get(1).why().toString());
    }

    @Test
    @DisplayName("a roster imported while the kiosk runs counts at the next scan: a new card signs in, a leaver's is refused")
    void rosterImportedWhileRunningCountsAtOnce() {
        // The kiosk's clock reads after every scan below, so none of them is in its future.
        Clock later = Clock.fixed(morning.plusSeconds(3600), ZoneOffset.UTC);
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        SignIn signIn = new SignIn(demo, new BadgeCodes(demo.id(), demo.name(), Optional.empty(), PrintedCodes.AS_IS, 6),
                new SqliteBadgeIssues(database), new SqlitePupils(database), register,
                new lategate.store.SqliteMovements(database), later);
        flow = new KioskFlow(demo, signIn, register, new lategate.store.SqliteKioskFaults(database), "gate",
                KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, later);
        scan("A01234", morning); // the kiosk has read the roll's cards once
        assertEquals("D1", assertInstanceOf(KioskState.PickingReason.class, KioskState.underneath(flow.state())).pupil().id());
        flow.tick(morning.plusSeconds(60));
        // D1 leaves; D2 is given a new card; D3 joins (the office's import, on the same database file).
        new SqlitePupils(database).importRoster(List.of(
                        StoreFixture.pupil("D2", "Oliver", "Smith", "5A", "04FFEE01"),
                        StoreFixture.pupil("D3", "Isla", "Brown", "3C", "A05678")),
                LocalDate.of(2026, 11, 23), morning.plusSeconds(61), "roster.csv", "-");
        scan("A05678", morning.plusSeconds(70));
        assertEquals("D3", assertInstanceOf(KioskState.PickingReason.class, KioskState.underneath(flow.state())).pupil().id());
        flow.tick(morning.plusSeconds(130));
        scan("04ffee01", morning.plusSeconds(140));
        assertEquals("D2", assertInstanceOf(KioskState.PickingReason.class, KioskState.underneath(flow.state())).pupil().id());
        flow.tick(morning.plusSeconds(200));
        scan("04A1B2C3", morning.plusSeconds(210));
        assertInstanceOf(KioskState.NotRecognised.class, KioskState.underneath(flow.state()), "D2's old card");
        flow.tick(morning.plusSeconds(270));
        scan("A01234", morning.plusSeconds(280));
        assertInstanceOf(KioskState.NotRecognised.class, KioskState.underneath(flow.state()), "a leaver's card");
    }

    @Test
    @DisplayName("the idle screen's foot says the codes are taken as-is")
    void idleFootSaysAsIs() throws Exception {
        TerminalSize size = new TerminalSize(80, 24);
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        new KioskRenderer(demo, "gate", lategate.scanner.ScannerMonitor.NONE, flow.printedCodes())
                .draw(screen.newTextGraphics(), size, flow.state(), morning);
        screen.refresh();
        StringBuilder foot = new StringBuilder();
        for (int col = 0; col < size.getColumns(); col++) {
            foot.append(vt.getCharacter(new TerminalPosition(col, size.getRows() - 1)).getCharacterString());
        }
        screen.stopScreen();
        assertTrue(foot.toString().strip().endsWith("kiosk gate - badges as-is: exact match"), foot.toString());
    }
}
