package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words a pupil reads at the kiosk, through Lanterna's virtual terminal, on a real database: U is
 * explained, a consequence is told only while it can still be done, a closed day asks nobody to scan,
 * the clock's doubt is for staff, and the footer names the kiosk once.
 */
class PupilWordsOnScreenTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    private Database database;
    private KioskFlow flow;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /** The demo's kiosk with its clock at {@code localTime}, Amelia Jones (4B) on roll. */
    private Instant kioskAt(String localTime) {
        Instant now = TestSchools.local(demo, localTime);
        database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo",
                List.of(StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")));
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new lategate.store.SqliteMovements(database), clock);
        flow = new KioskFlow(demo, signIn, register, new lategate.store.SqliteKioskFaults(database), "kiosk",
                KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, clock);
        return now;
    }

    private void scan(Instant at) {
        flow.handle(new KioskInput.Scan(new ScanInput(printed("DEMO0001"), at, "keyboard")), at);
    }

    @Test
    @DisplayName("a morning U is explained with the minutes late: an unauthorised absence for this morning, see the office")
    void uIsExplainedInTheMorning() throws Exception {
        Instant at = kioskAt("2026-11-23T09:20:00");
        scan(at);
        String screen = flat(render(flow.state(), at, new TerminalSize(80, 24)));
        assertTrue(screen.contains("You are 35 minutes late."), screen);
        assertTrue(screen.contains("You are marked U: this counts as an unauthorised absence for this morning."),
                screen);
        assertTrue(screen.contains("See the office if there was a reason."), screen);
        assertTrue(screen.contains("Please see your class teacher at break"), "09:20 is before break:\n" + screen);
    }

    @Test
    @DisplayName("an afternoon U at 13:50 says 'this afternoon', and 'see your class teacher at break' is not told: break is over")
    void afternoonUHasNoBreakConsequence() throws Exception {
        Instant at = kioskAt("2026-11-23T13:50:00");
        scan(at);
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class, flow.state());
        assertEquals(Optional.empty(), picking.consequence());
        String screen = flat(render(flow.state(), at, new TerminalSize(80, 24)));
        assertTrue(screen.contains("You are 35 minutes late."), screen);
        assertTrue(screen.contains("unauthorised absence for this afternoon"), screen);
        assertFalse(screen.contains("at break"), screen);
    }

    @Test
    @DisplayName("at 15:14 the U has no consequence either, and at 40x12 its explanation is wrapped, not cut")
    void lateAfternoonAtFortyByTwelve() throws Exception {
        Instant at = kioskAt("2026-11-23T15:14:00");
        scan(at);
        assertEquals(Optional.empty(), assertInstanceOf(KioskState.PickingReason.class, flow.state()).consequence());
        String screen = flat(render(flow.state(), at, new TerminalSize(40, 12)));
        assertTrue(screen.contains("You are marked U: this counts as an unauthorised absence for this afternoon."),
                screen);
    }

    @Test
    @DisplayName("on a closed day and after the day ends the screen says so, and 'Scan your badge' is not shown")
    void closedAndOverAskNobodyToScan() throws Exception {
        Instant saturday = kioskAt("2026-11-28T09:00:00");
        String closed = render(flow.state(), saturday, new TerminalSize(80, 24));
        assertTrue(closed.contains("School closed today"), closed);
        assertFalse(closed.contains("Scan your badge"), closed);
        Instant evening = TestSchools.local(demo, "2026-11-23T16:00:00");
        String over = render(new KioskState.Idle(), evening, new TerminalSize(80, 24));
        assertTrue(over.contains("The school day has ended"), over);
        assertFalse(over.contains("Scan your badge"), over);
        Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00");
        assertTrue(render(new KioskState.Idle(), morning, new TerminalSize(80, 24)).contains("Scan your badge"),
                "a school morning still asks");
    }

    @Test
    @DisplayName("a clock in question is for staff: pupils read that the office checks the time, staff a marker at the foot")
    void clockDoubtIsForStaff() throws Exception {
        Instant at = kioskAt("2026-11-23T08:57:00");
        String raw = render(new KioskState.IdleClockInQuestion("earlier than the latest record", 2), at,
                new TerminalSize(80, 24));
        String screen = flat(raw);
        assertFalse(screen.toUpperCase().contains("THE CLOCK MAY BE WRONG"), screen);
        assertFalse(screen.contains("earlier than the latest record"), "the why is on the staff menu:\n" + screen);
        assertTrue(screen.contains("Scan your badge as usual. The office will check the time."), screen);
        String foot = raw.lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(foot.contains("Staff: clock in question, 2 waiting: staff key, then 0"), foot);
        String held = render(new KioskState.HeldForClockCheck(StoreFixture.pupil("D1", "Amelia", "Jones", "4B",
                "DEMO0001"), at.plusSeconds(5)), at, new TerminalSize(80, 24));
        assertTrue(flat(held).contains("Signed in. The office will check the time."), held);
    }

    @Test
    @DisplayName("the footer names the kiosk once: 'kiosk', not 'kiosk kiosk'; 'kiosk gate' for a kiosk named gate")
    void footerNamesTheKioskOnce() throws Exception {
        Instant at = kioskAt("2026-11-23T08:57:00");
        String foot = render(new KioskState.Idle(), at, new TerminalSize(80, 24)).lines().reduce((a, b) -> b)
                .orElseThrow().strip();
        assertEquals("kiosk", foot);
        assertEquals("kiosk gate", IdleScreen.footer("gate"));
        assertEquals("Kiosk 2", IdleScreen.footer("Kiosk 2"));
    }

    private String render(KioskState state, Instant now, TerminalSize size) throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        new KioskRenderer(demo, "kiosk", lategate.scanner.ScannerMonitor.NONE).draw(screen.newTextGraphics(), size,
                state, now);
        screen.refresh();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
            }
            text.append('\n');
        }
        screen.stopScreen();
        return text.toString();
    }

    /** The screen's words as one line: a box's borders and the wrapping of its text taken out. */
    private static String flat(String screen) {
        return screen.replaceAll("[\u2500-\u257f]", " ").replaceAll("\\s+", " ");
    }
}
