package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.LateBookEntry;
import lategate.app.SignIn;
import lategate.app.entry.ReasonsToCollect;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A queue at the kiosk (docs/receptionist.md, "A queue at the gate"), on a real database file: every
 * scan is a mark saved at its own instant (the 2024 regulations, reg 10: the register records
 * attendance at the start of the session), a picker cut short records "not asked", never "not given",
 * and the office collects those reasons.
 */
class KioskQueueTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    /** 08:57 on a Monday: 12 minutes after the demo's morning register is taken, so every pupil is L. */
    private final Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00");
    private Database database;
    private SqliteRegisterLog register;
    private KioskFlow flow;
    private ReasonsToCollect reasons;

    @BeforeEach
    void kiosk() {
        List<Pupil> roll = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            roll.add(StoreFixture.pupil("D" + i, "Pupil" + i, "Queue", "4B", String.format("DEMO%04d", i)));
        }
        database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo", roll);
        register = new SqliteRegisterLog(database, demo.zone());
        Clock clock = Clock.fixed(morning, ZoneOffset.UTC);
        SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new lategate.store.SqliteMovements(database), clock);
        // Pickers of 45 s, and 15 s in a burst: the demo's settings.
        flow = new KioskFlow(demo, signIn, register, new lategate.store.SqliteKioskFaults(database), "gate",
                new KioskTimings(Duration.ofSeconds(5), Duration.ofSeconds(45), Duration.ofSeconds(30), 5,
                        Duration.ofMinutes(15), Duration.ofSeconds(15)), KioskFlowTest.PIN_1234, clock);
        // The office collects the reasons at 09:30.
        reasons = new ReasonsToCollect(demo, lategate.store.SqliteSessionRecords.entries(demo, database,
                Clock.fixed(morning.plus(Duration.ofMinutes(33)), ZoneOffset.UTC)), register);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void queueOfTen() {
        for (int i = 1; i <= 10; i++) {
            Instant at = morning.plusMillis(300L * (i - 1));
            flow.handle(new KioskInput.Scan(new ScanInput(printed(String.format("DEMO%04d", i)), at, "keyboard")), at);
        }
    }

    @Test
    @DisplayName("ten scans 0.3 s apart: ten marks, nine pickers cut short recorded 'not asked', each on the strip")
    void queueOfTenScans() throws Exception {
        queueOfTen();
        assertEquals(10, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL AND mark = 'L'"));
        assertEquals(9, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'not_asked' "
                + "AND status = 'not_given' AND reason_label = 'not asked'"));
        KioskState.WithQueue shown = assertInstanceOf(KioskState.WithQueue.class, flow.state());
        KioskState.PickingReason last = assertInstanceOf(KioskState.PickingReason.class, shown.shown());
        assertEquals("D10", last.pupil().id());
        assertEquals(9, shown.queued().size(), "each cut-short pupil still sees their mark");
        assertEquals(morning.plusSeconds(15), last.until(), "in a burst the picker waits 15 s, not 45");
        assertTrue(flow.state() == shown, "the same object while nothing changes: the kiosk redraws only on change");
    }

    @Test
    @DisplayName("the strip goes after a message's time; the last pupil who walks away has 'not given', and the burst ends")
    void stripTimesOutAndLastIsNotGiven() throws Exception {
        queueOfTen();
        flow.tick(morning.plusSeconds(6));
        assertInstanceOf(KioskState.PickingReason.class, flow.state(), "the strip is gone, the picker stays");
        flow.tick(morning.plusSeconds(15));
        assertInstanceOf(KioskState.Idle.class, flow.state());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = '' AND status = 'not_given'"));
        Instant later = morning.plusSeconds(60);
        flow.handle(new KioskInput.Scan(new ScanInput(printed("DEMO0011"), later, "keyboard")), later);
        KioskState.PickingReason alone = assertInstanceOf(KioskState.PickingReason.class, flow.state());
        assertEquals(morning.plusSeconds(45), alone.until(), "no queue behind this pupil: the full 45 s again");
    }

    @Test
    @DisplayName("reasons to collect lists not asked and not given apart, and staff add one with who and when")
    void officeCollectsTheReasons() throws Exception {
        queueOfTen();
        flow.tick(morning.plusSeconds(15)); // the tenth walks away: not given
        List<LateBookEntry> pending = reasons.pending(morning.atZone(demo.zone()).toLocalDate());
        assertEquals(10, pending.size());
        assertEquals(9, pending.stream().filter(e -> e.reasonStatus().orElseThrow() == ReasonStatus.NOT_ASKED).count());
        assertEquals(ReasonStatus.NOT_GIVEN, pending.get(9).reasonStatus().orElseThrow());

        var after = reasons.add("D3", pending.get(0).entry().date(), Register.AM, "transport",
                new StaffIdentity("Pat Reed", "Receptionist"));
        assertEquals(ReasonStatus.GIVEN, after.reasonStatus().orElseThrow());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'transport' "
                + "AND recorded_by = 'Pat Reed (Receptionist)'"), "who added it is kept with the reason");
        assertEquals(9, reasons.pending(after.date()).size());
        assertThrows(ReasonsToCollect.Refused.class, () -> reasons.add("D3", after.date(), Register.AM, "overslept",
                new StaffIdentity("Pat Reed", "Receptionist")), "a reason given is changed by an amendment");
        assertThrows(ReasonsToCollect.Refused.class, () -> reasons.add("D4", after.date(), Register.AM, "nonsense",
                new StaffIdentity("Pat Reed", "Receptionist")));
    }

    @Test
    @DisplayName("at 80x24 and 40x12 the picker keeps its words above the strip, which names the newest first")
    void stripIsDrawnBelowThePicker() throws Exception {
        queueOfTen();
        String wide = render(new TerminalSize(80, 24));
        assertTrue(wide.contains("Signed in just now (the office will ask your reason):"), wide);
        assertTrue(wide.contains("Pupil9 4B: L, 12 min late"), wide);
        assertTrue(wide.indexOf("Pupil9 4B") < wide.indexOf("Pupil8 4B"), "newest first:\n" + wide);
        assertTrue(wide.contains("Why are you late?"), wide);
        String small = render(new TerminalSize(40, 12));
        assertTrue(small.contains("Signed in just now"), small);
        assertTrue(small.contains("Pupil9 4B"), small);
    }

    private String render(TerminalSize size) throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        new KioskRenderer(demo, "gate", lategate.scanner.ScannerMonitor.NONE).draw(screen.newTextGraphics(), size,
                flow.state(), morning.plusSeconds(3));
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

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
