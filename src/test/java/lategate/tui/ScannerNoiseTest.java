package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
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
import lategate.app.ScanFaultLimit;
import lategate.app.SignIn;
import lategate.domain.school.School;
import lategate.scanner.KioskInbox;
import lategate.scanner.ScannerStatus;
import lategate.scanner.serial.SerialScanners;
import lategate.scanner.serial.SocatPair;
import lategate.settings.ScannerSettings;
import lategate.store.Database;
import lategate.store.SqliteKioskFaults;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serial scanner on the wrong baud rate sending a burst of garbage through a socat pseudo-terminal,
 * into the kiosk and a real database file: the scan log stays bounded and the count is right.
 */
class ScannerNoiseTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int BURST = 100;

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    private final Instant morning = TestSchools.local(demo, "2026-11-23T08:57:00");
    /** Stops still, so the whole burst falls in one minute however slowly this machine reads it. */
    private final Clock clock = Clock.fixed(morning, ZoneOffset.UTC);

    @Test
    @DisplayName("a burst of 100 garbled scans from a serial scanner: every one is a misread for the pupil, the scan log keeps 10 rows and one count of the other 90")
    void garbageBurstIsBounded() throws Exception {
        try (Database database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo",
                List.of(StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")));
             SocatPair pair = new SocatPair(dir).start()) {
            SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
            SignIn signIn = TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                    new SqliteMovements(database), clock);
            KioskFlow flow = new KioskFlow(demo, signIn, register, new SqliteKioskFaults(database), "gate",
                    KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, clock);
            KioskInbox inbox = new KioskInbox();
            try (SerialScanners scanners = SerialScanners.start(List.of(ScannerSettings.usual("late gate",
                    pair.scanner().toString(), ScannerSettings.Terminator.CR)), inbox, clock)) {
                awaitConnected(scanners);
                ByteArrayOutputStream garbage = new ByteArrayOutputStream();
                for (int i = 0; i < BURST; i++) {
                    garbage.writeBytes(new byte[] {(byte) 0x8F, (byte) 0xFE, (byte) (0x80 + i), '\r'});
                }
                pair.send(garbage.toByteArray());
                int misreads = 0;
                for (KioskInbox.Received received : take(inbox, BURST)) {
                    flow.handle(received.input(), received.at());
                    if (flow.state() instanceof KioskState.Misread) {
                        misreads++;
                        flow.handle(new lategate.scanner.KioskInput.Special(lategate.scanner.KioskInput.Key.ENTER),
                                received.at());
                    }
                }
                assertEquals(BURST, misreads, "the pupil is asked to scan again every time");
            }
            assertEquals(ScanFaultLimit.PER_MINUTE, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1 "
                    + "AND source = 'late gate'"));
            flow.tick(morning.plus(Duration.ofMinutes(1)));
            assertEquals(ScanFaultLimit.PER_MINUTE + 1, count("SELECT count(*) FROM unmarked_scans"));
            assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1 AND source = 'late gate' AND "
                    + "why LIKE '90 more faults from scanner ''late gate'' not logged since 08:57 %'"));
        }
    }

    private static void awaitConnected(SerialScanners scanners) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(scanners.scanners().get(0) instanceof ScannerStatus.Connected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertInstanceOf(ScannerStatus.Connected.class, scanners.scanners().get(0));
    }

    private static List<KioskInbox.Received> take(KioskInbox inbox, int count) throws InterruptedException {
        List<KioskInbox.Received> taken = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (taken.size() < count && System.nanoTime() < deadline) {
            taken.addAll(inbox.takeAll());
            Thread.sleep(10);
        }
        assertEquals(count, taken.size(), "every garbled scan arrives as an input");
        return taken;
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
