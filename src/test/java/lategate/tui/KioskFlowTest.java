package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.PinHash;
import lategate.app.PupilWords;
import lategate.app.SignIn;
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

/** The kiosk's behaviour for a pupil, on a real database file, with no terminal. */
class KioskFlowTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    private Database database;
    private KioskFlow flow;
    private final Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00");
    static final PinHash PIN_1234 = lategate.fakes.CheapPins.hash("1234");

    @BeforeEach
    void kiosk() {
        database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Oliver", "Smith", "5A", "DEMO0002")));
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new lategate.store.SqliteMovements(database), Clock.fixed(morning, ZoneOffset.UTC));
        flow = new KioskFlow(demo, signIn, register, new lategate.store.SqliteKioskFaults(database), "gate", KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)),
                PIN_1234, Clock.fixed(morning, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void scan(String badge, Instant at) {
        flow.handle(new KioskInput.Scan(new ScanInput(badge, at, "keyboard")), at);
    }

    @Test
    @DisplayName("a late pupil is marked before the reason picker shows, and a number picks the reason")
    void latePupilPicksReasonWithOneKey() throws Exception {
        scan(printed("DEMO0001"), morning);
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class, flow.state());
        assertEquals(12, picking.classification().minutesLate());
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE mark = 'L'"), "on disk before the picker");

        flow.handle(new KioskInput.Typed('2'), morning.plusSeconds(3));
        KioskState.Thanks thanks = assertInstanceOf(KioskState.Thanks.class, flow.state());
        assertEquals("Woke up late", thanks.reasonLabel().orElseThrow());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'overslept' AND status = 'given'"));

        flow.tick(morning.plusSeconds(3 + 5));
        assertInstanceOf(KioskState.Idle.class, flow.state());
    }

    @Test
    @DisplayName("arrows and Enter pick a reason too; Escape and function keys do nothing")
    void arrowsAndEnter() throws Exception {
        scan(printed("DEMO0001"), morning);
        flow.handle(new KioskInput.Special(KioskInput.Key.ESCAPE), morning);
        flow.handle(new KioskInput.Special(KioskInput.Key.FUNCTION), morning);
        flow.handle(new KioskInput.Special(KioskInput.Key.DOWN), morning);
        flow.handle(new KioskInput.Special(KioskInput.Key.DOWN), morning);
        flow.handle(new KioskInput.Special(KioskInput.Key.DOWN), morning);
        flow.handle(new KioskInput.Special(KioskInput.Key.ENTER), morning);
        KioskState.Thanks thanks = assertInstanceOf(KioskState.Thanks.class, flow.state());
        assertEquals("Doctor, dentist or hospital", thanks.reasonLabel().orElseThrow());
        assertTrue(thanks.toConfirm(), "a reason that would authorise is only a claim (Seagrave §8)");
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE status = 'claimed' AND claims_code = 'M'"));
    }

    @Test
    @DisplayName("a scan while the picker is open is taken: the first pupil's reason is 'not asked', the second is marked at their own instant")
    void scanDuringPicker() throws Exception {
        scan(printed("DEMO0001"), morning);
        Instant second = morning.plusSeconds(4);
        scan(printed("DEMO0002"), second);
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class,
                KioskState.underneath(flow.state()));
        assertEquals("D2", picking.pupil().id());
        assertEquals(second, picking.arrival().arrivedAt());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons r JOIN arrivals a ON a.id = r.arrival_id "
                + "WHERE a.pupil_id = 'D1' AND r.status = 'not_given' AND r.reason_key = 'not_asked'"));
    }

    @Test
    @DisplayName("a reason key pressed just before the next scan runs into it: the key is the first pupil's reason, the badge the second's")
    void reasonKeyRunIntoTheNextScan() throws Exception {
        scan(printed("DEMO0001"), morning);
        Instant second = morning.plusSeconds(4);
        scan("2" + printed("DEMO0002"), second);
        KioskState.PickingReason picking = assertInstanceOf(KioskState.PickingReason.class, flow.state());
        assertEquals("D2", picking.pupil().id(), "the badge is read without the key in front");
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons r JOIN arrivals a ON a.id = r.arrival_id "
                + "WHERE a.pupil_id = 'D1' AND r.reason_key = 'overslept'"), "the key was D1's reason");
        assertEquals(0, count("SELECT count(*) FROM unmarked_scans"), "no misread kept");
    }

    @Test
    @DisplayName("a database deleted under the running kiosk: the next pupil is told 'not saved', never 'you are late'")
    void databaseDeletedUnderTheKiosk() throws Exception {
        for (String end : List.of("", "-wal", "-shm")) {
            java.nio.file.Files.deleteIfExists(dir.resolve("demo.db" + end));
        }
        scan(printed("DEMO0001"), morning);
        assertInstanceOf(KioskState.NotSaved.class, flow.state());
    }

    @Test
    @DisplayName("a pupil who walks away from the picker gets 'not given' and the kiosk goes back to idle")
    void pickerTimesOut() throws Exception {
        scan(printed("DEMO0001"), morning);
        flow.tick(morning.plusSeconds(44));
        assertInstanceOf(KioskState.PickingReason.class, flow.state());
        flow.tick(morning.plusSeconds(45));
        assertInstanceOf(KioskState.Idle.class, flow.state());
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE status = 'not_given'"));
    }

    @Test
    @DisplayName("before the register is taken the pupil is told they are on time, with no reason asked")
    void onTime() {
        scan(printed("DEMO0001"), TestSchools.local(demo, "2026-11-23T08:40:00"));
        assertInstanceOf(KioskState.OnTime.class, flow.state());
    }

    @Test
    @DisplayName("a badge scanned twice for one register: already signed in, no second mark")
    void twice() throws Exception {
        scan(printed("DEMO0001"), morning);
        flow.handle(new KioskInput.Typed('1'), morning);
        scan(printed("DEMO0001"), morning.plusSeconds(60));
        assertInstanceOf(KioskState.AlreadySignedIn.class, flow.state());
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL"));
    }

    @Test
    @DisplayName("an unknown badge: see the office, nothing marked, the scan kept")
    void unknownBadge() throws Exception {
        scan(printed("NOPE"), morning); // well formed, but no pupil holds it
        assertEquals(PupilWords.badgeNotRecognised(),
                assertInstanceOf(KioskState.NotRecognised.class, flow.state()).words());
        assertEquals(0, count("SELECT count(*) FROM arrivals"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans"));
    }

    private static KioskInput.ScanFault garbage(Instant at) {
        return new KioskInput.ScanFault("late gate", "sent bytes that are not a badge code", "\\x8FDEMO\\xFE", at);
    }

    @Test
    @DisplayName("a scanner's fault marks nothing, asks the pupil to scan again, and is kept in the scan log with the scanner, the fault and what it sent")
    void scannerFault() throws Exception {
        flow.handle(garbage(morning), morning);
        assertInstanceOf(KioskState.Misread.class, flow.state());
        assertEquals(0, count("SELECT count(*) FROM arrivals"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1 AND source = 'late gate' "
                + "AND code = '\\x8FDEMO\\xFE' AND kiosk_id = 'gate' "
                + "AND why = 'scanner ''late gate'' sent bytes that are not a badge code'"));

        scan(printed("DEMO0001"), morning.plusSeconds(2));
        assertInstanceOf(KioskState.PickingReason.class, flow.state(), "the scan again signs the pupil in");
    }

    @Test
    @DisplayName("a scan refused at sign-in is kept in the scan log with the scanner that sent it: a serial scanner, the keyboard wedge, or typed by hand")
    void refusedScansKeepTheirScanner() throws Exception {
        flow.handle(new KioskInput.Scan(new ScanInput(printed("NOPE"), morning, "late gate")), morning);
        assertInstanceOf(KioskState.NotRecognised.class, flow.state());
        Instant sunday = TestSchools.local(demo, "2026-11-22T09:00:00");
        flow.handle(new KioskInput.Scan(new ScanInput(printed("DEMO0001"), sunday, "reception")), morning);
        assertInstanceOf(KioskState.NothingToMark.class, flow.state());
        scan("DEMO0001X", morning.plusSeconds(1)); // the keyboard wedge, check character wrong
        for (char c : "NOPE2".toCharArray()) {
            flow.handle(new KioskInput.Typed(c), morning.plusSeconds(2));
        }
        flow.handle(new KioskInput.Special(KioskInput.Key.ENTER), morning.plusSeconds(2));

        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE source = 'late gate' AND fault = 0 "
                + "AND kiosk_id = 'gate' AND why = 'no pupil on roll has badge NOPE'"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE source = 'reception' AND pupil_id = 'D1'"),
                "a pupil's scan on a closed day, from the reception scanner");
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE source = 'keyboard' AND code = 'DEMO0001X'"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE source = 'keyboard (typed)' "
                + "AND code = 'NOPE2'"));
        assertEquals(4, count("SELECT count(*) FROM unmarked_scans"));
    }

    @Test
    @DisplayName("a burst of faults from one scanner: the pupil is asked to scan again every time, the scan log keeps 10 and then counts the rest, with when they began")
    void faultBurstIsBounded() throws Exception {
        for (int i = 0; i < 100; i++) {
            Instant at = morning.plusMillis(200L * i);
            flow.handle(garbage(at), at);
            assertInstanceOf(KioskState.Misread.class, flow.state());
            flow.handle(new KioskInput.Special(KioskInput.Key.ENTER), at); // the pupil read it: the next one is shown anew
        }
        flow.handle(new KioskInput.ScanFault("reception", "sent part of a code and then nothing", "DEM",
                morning.plusSeconds(30)), morning.plusSeconds(30));
        assertEquals(11, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1"), "10 from the late gate, 1 from reception");

        flow.tick(morning.plusSeconds(59));
        assertEquals(11, count("SELECT count(*) FROM unmarked_scans"), "the minute is not over");
        flow.tick(morning.plusSeconds(60));
        assertEquals(12, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1 AND source = 'late gate' "
                + "AND kiosk_id = 'gate' AND code = '' AND scanned_at = '2026-11-23T08:57:19.800000000Z' AND why = "
                + "'90 more faults from scanner ''late gate'' not logged since 08:57 (the scan log keeps at most 10 a "
                + "minute from one scanner)'"));
        flow.tick(morning.plusSeconds(120));
        assertEquals(12, count("SELECT count(*) FROM unmarked_scans"), "the count is kept once");
    }

    @Test
    @DisplayName("faults timed by a clock two hours behind the kiosk's corrected one are still limited to 10 a minute")
    void faultLimitHoldsWhenTheScannerClockIsNotTheKiosks() throws Exception {
        for (int i = 0; i < 100; i++) {
            Instant now = morning.plusMillis(200L * i);
            flow.handle(garbage(now.minus(java.time.Duration.ofHours(2))), now);
            flow.tick(now); // the kiosk's second-by-second tick, on its own clock
        }
        assertEquals(10, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1"));
        flow.tick(morning.plusSeconds(60));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE why LIKE '90 more faults%'"));
    }

    @Test
    @DisplayName("a kiosk stopping keeps the count of faults not logged, though their minute is not over")
    void faultCountKeptWhenStopping() throws Exception {
        for (int i = 0; i < 13; i++) {
            flow.handle(garbage(morning.plusSeconds(i)), morning.plusSeconds(i));
        }
        flow.stopping();
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE why LIKE '3 more faults from scanner ''late gate''%'"));
        assertEquals(11, count("SELECT count(*) FROM unmarked_scans"));
    }

    @Test
    @DisplayName("a misread while a pupil picks a reason is taken like any scan: their reason is 'not asked', and the kiosk asks for the badge again")
    void faultDuringPicker() throws Exception {
        scan(printed("DEMO0001"), morning);
        flow.handle(garbage(morning.plusSeconds(3)), morning.plusSeconds(3));
        assertInstanceOf(KioskState.Misread.class, KioskState.underneath(flow.state()));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1"));
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE status = 'not_given'"));
    }

    @Test
    @DisplayName("when the mark cannot be saved the pupil is told 'not saved' and the kiosk keeps going")
    void notSaved() {
        database.close();
        scan(printed("DEMO0001"), morning);
        assertInstanceOf(KioskState.NotSaved.class, flow.state());
        flow.tick(morning.plusSeconds(5));
        assertInstanceOf(KioskState.Idle.class, flow.state());
    }

    @Test
    @DisplayName("staff leave only with the exit key and the right PIN")
    void exitNeedsThePin() {
        flow.exitKey(morning);
        for (char c : "9999".toCharArray()) {
            flow.handle(new KioskInput.Typed(c), morning);
        }
        flow.handle(new KioskInput.Special(KioskInput.Key.ENTER), morning);
        assertTrue(assertInstanceOf(KioskState.ExitPin.class, flow.state()).wrongBefore());
        assertTrue(!flow.exitRequested());
        scan("1234", morning); // typed fast, it arrives like a scan
        assertTrue(flow.exitRequested());
    }

    @Test
    @DisplayName("staff pressing the exit key during a pupil's picker: the reason is 'not asked' (kept as not_given), and the PIN is never logged as a badge")
    void exitKeyDuringPicker() throws Exception {
        scan(printed("DEMO0001"), morning);
        flow.exitKey(morning.plusSeconds(2));
        assertInstanceOf(KioskState.ExitPin.class, flow.state());
        scan("1234", morning.plusSeconds(3));
        assertTrue(flow.exitRequested());
        assertEquals(0, count("SELECT count(*) FROM unmarked_scans"));
        assertEquals(1, count("SELECT count(*) FROM arrival_reasons WHERE status = 'not_given'"));
    }

    @Test
    @DisplayName("a pupil who presses the exit key cannot block the kiosk: the next badge is still taken")
    void badgeOnThePinScreenIsTaken() {
        flow.exitKey(morning);
        scan(printed("DEMO0001"), morning.plusSeconds(1));
        assertInstanceOf(KioskState.PickingReason.class, flow.state());
    }

    @Test
    @DisplayName("the scanner reading the same badge twice leaves that pupil's picker open")
    void doubleReadKeepsThePicker() throws Exception {
        scan(printed("DEMO0001"), morning);
        scan(printed("DEMO0001"), morning.plusMillis(400));
        assertInstanceOf(KioskState.PickingReason.class, flow.state());
        flow.handle(new KioskInput.Typed('2'), morning.plusSeconds(2));
        assertInstanceOf(KioskState.Thanks.class, flow.state());
        assertEquals(0, count("SELECT count(*) FROM arrival_reasons WHERE status = 'not_given'"));
        assertEquals(2, count("SELECT count(*) FROM arrivals"), "the second read is kept as a repeat");
    }

    @Test
    @DisplayName("a badge typed by hand, one key at a time, signs the pupil in on Enter")
    void badgeTypedByHand() {
        for (char c : printed("DEMO0001").toCharArray()) {
            flow.handle(new KioskInput.Typed(c), morning);
        }
        assertEquals(printed("DEMO0001"), assertInstanceOf(KioskState.TypingCode.class, flow.state()).typed());
        flow.handle(new KioskInput.Special(KioskInput.Key.ENTER), morning.plusSeconds(3));
        assertInstanceOf(KioskState.PickingReason.class, flow.state());
    }

    @Test
    @DisplayName("PIN digits typed slowly and then fast are one PIN; five wrong PINs lock the PIN screen")
    void pinDigitsAccumulateAndLock() {
        flow.exitKey(morning);
        flow.handle(new KioskInput.Typed('1'), morning);
        scan("234", morning.plusSeconds(1));
        assertTrue(flow.exitRequested(), "1, a pause, then 234 and Enter is 1234");
    }

    @Test
    @DisplayName("after five wrong PINs even the right one is refused until the lock ends")
    void pinLockout() {
        flow.exitKey(morning);
        for (int i = 0; i < 5; i++) {
            scan("9999", morning.plusSeconds(i));
        }
        assertTrue(assertInstanceOf(KioskState.ExitPin.class, flow.state()).lockedUntil().isPresent());
        scan("1234", morning.plusSeconds(10));
        assertTrue(!flow.exitRequested());
        scan("1234", morning.plus(Duration.ofMinutes(16)));
        assertTrue(flow.exitRequested());
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
