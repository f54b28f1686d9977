package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kiosk screen as a pupil sees it, through Lanterna's virtual terminal at 80x24 and larger. */
class KioskScreensTest {

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");
    private Database database;
    private DefaultVirtualTerminal vt;
    private KioskTerminal kiosk;
    private MovableClock clock;

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final lategate.scanner.KioskInbox inbox = new lategate.scanner.KioskInbox();
    private final List<lategate.scanner.ScannerStatus> scanners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void start(String localTime, TerminalSize size) throws Exception {
        database = StoreFixture.databaseWith(dir.resolve("demo.db"), "demo",
                List.of(StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")));
        clock = new MovableClock(TestSchools.local(demo, localTime));
        SqliteRegisterLog register = new SqliteRegisterLog(database, demo.zone());
        KioskFlow flow = new KioskFlow(demo, TestBadges.signIn(demo, database, new SqlitePupils(database), register,
                new lategate.store.SqliteMovements(database), clock), register,
                new lategate.store.SqliteKioskFaults(database), "gate", KioskTimings.of(Duration.ofSeconds(5), Duration.ofSeconds(45)), KioskFlowTest.PIN_1234, clock);
        vt = new DefaultVirtualTerminal(size);
        kiosk = new KioskTerminal(vt, flow, clock, 12, 0, "gate", now -> { }, inbox, () -> List.copyOf(scanners));
        kiosk.start();
    }

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) {
            kiosk.screen().stopScreen();
        }
        if (database != null) {
            database.close();
        }
    }

    private void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            vt.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        }
        kiosk.pump();
    }

    private String screenText() {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void assertShows(String words) {
        String text = screenText();
        assertTrue(text.contains(words), "screen does not show '" + words + "':\n" + text);
    }

    @Test
    @DisplayName("idle at 80x24 during the morning register: school, date, register state in words, scan prompt")
    void idleDuringMorningRegister() throws Exception {
        start("2026-11-23T08:50:00", new TerminalSize(80, 24));
        assertShows("Demo Primary School");
        assertShows("Monday 23 November 2026");
        assertShows("Morning register open: arrivals now are late (L) until 09:10");
        assertShows("Scan your badge");
        assertShows("\u2588\u2588"); // the large clock
    }

    @Test
    @DisplayName("idle after close says arrivals are marked U; on a Saturday it says the school is closed")
    void idleRegisterStates() throws Exception {
        start("2026-11-23T09:15:00", new TerminalSize(80, 24));
        assertShows("Morning register closed: arrivals now are marked U");
        clock.advance(Duration.ofDays(5));
        kiosk.pump();
        assertShows("School closed today");
    }

    @Test
    @DisplayName("a late scan shows the first name, class, minutes late in words and the numbered reasons")
    void lateScanShowsReasons() throws Exception {
        start("2026-11-23T08:57:00", new TerminalSize(80, 24));
        type(printed("DEMO0001") + "\n");
        assertShows("Amelia, 4B");
        assertShows("You are 12 minutes late.");
        assertShows("Why are you late? Press a number.");
        assertShows("1  Bus, train or traffic");
        assertShows("5  Another reason");
        type("1");
        clock.advance(Duration.ofMillis(200));
        kiosk.pump();
        assertShows("Thank you, Amelia.");
        assertShows("Reason: Bus, train or traffic");
        clock.advance(Duration.ofSeconds(6));
        kiosk.pump();
        assertShows("Scan your badge");
    }

    @Test
    @DisplayName("after close the pupil reads that the register has closed and they are marked U")
    void uScan() throws Exception {
        start("2026-11-23T09:20:00", new TerminalSize(80, 24));
        type(printed("DEMO0001") + "\n");
        assertShows("You are 35 minutes late.");
        assertShows("You are marked U: this counts as an"); // the rest wraps inside the box
        assertShows("unauthorised absence for this morning.");
        assertShows("Please see your class teacher at break");
    }

    @Test
    @DisplayName("before the register, on time; an unknown badge is sent to the office")
    void onTimeAndUnknown() throws Exception {
        start("2026-11-23T08:40:00", new TerminalSize(80, 24));
        type(printed("DEMO0001") + "\n");
        assertShows("You're on time: go straight to class.");
        type(printed("NOPE") + "\n"); // well formed, but no pupil holds it
        assertShows("Badge not recognised: please see the office.");
        type(printed("DEMO0001") + "\n");
        assertShows("Already signed in at 08:40.");
    }

    @Test
    @DisplayName("a resized terminal redraws cleanly at the new size")
    void resize() throws Exception {
        start("2026-11-23T08:50:00", new TerminalSize(80, 24));
        vt.setTerminalSize(new TerminalSize(132, 43));
        kiosk.pump();
        String text = screenText();
        assertTrue(text.lines().count() == 43 && text.lines().allMatch(l -> l.length() == 132), "not redrawn at 132x43");
        assertShows("Monday 23 November 2026");
        assertShows("Scan your badge");
        vt.setTerminalSize(new TerminalSize(60, 16));
        kiosk.pump();
        assertShows("Scan your badge");
    }

    @Test
    @DisplayName("at 40x12 the header does not overlap and every reason of the picker is visible")
    void smallTerminal() throws Exception {
        start("2026-11-23T08:57:00", new TerminalSize(40, 12));
        String idle = screenText();
        assertTrue(!idle.contains("Demo Primary SchoolMonday") && idle.contains("Monday 23 November 2026"), idle);
        type(printed("DEMO0001") + "\n");
        for (String reason : List.of("1  Bus", "2  Woke", "3  Doctor", "4  Something", "5  Another")) {
            assertShows(reason);
        }
    }

    @Test
    @DisplayName("a badge typed by hand shows as it is typed")
    void typedBadgeShows() throws Exception {
        start("2026-11-23T08:57:00", new TerminalSize(80, 24));
        for (char c : "DEMO".toCharArray()) {
            vt.addInput(new KeyStroke(c, false, false));
            clock.advance(Duration.ofMillis(300));
            kiosk.pump();
        }
        clock.advance(Duration.ofMillis(300));
        kiosk.pump();
        assertShows("Badge: DEMO_");
    }

    @Test
    @DisplayName("scans a serial scanner reads on its own thread reach the kiosk on the next turn, in order with the keyboard's")
    void serialScansThroughTheInbox() throws Exception {
        start("2026-11-23T08:57:00", new TerminalSize(80, 24));
        Instant at = clock.instant();
        Thread reader = new Thread(() -> inbox.put(new lategate.scanner.KioskInput.Scan(
                new lategate.scanner.ScanInput(printed("DEMO0001"), at, "late gate")), at));
        reader.start();
        reader.join();
        type("2");
        clock.advance(Duration.ofMillis(200)); // a lone key is held a moment, in case it starts a badge
        kiosk.pump();
        assertShows("Thank you, Amelia.");
        assertShows("Reason: Woke up late");
    }

    @Test
    @DisplayName("a scanner's misread tells the pupil to scan again, in words and reverse video")
    void misread() throws Exception {
        start("2026-11-23T08:57:00", new TerminalSize(80, 24));
        inbox.put(new lategate.scanner.KioskInput.ScanFault("late gate", "sent part of a code and then nothing",
                "DEMO00", clock.instant()), clock.instant());
        kiosk.pump();
        assertShows("The scanner misread that: please scan your badge again.");
        clock.advance(Duration.ofSeconds(5));
        kiosk.pump();
        assertShows("Scan your badge");
    }

    @Test
    @DisplayName("idle, a missing scanner shows staff a small notice at the foot of the screen; connected, nothing")
    void missingScannerNotice() throws Exception {
        start("2026-11-23T08:50:00", new TerminalSize(80, 24));
        scanners.add(new lategate.scanner.ScannerStatus.Connected("late gate", "/dev/ttyACM0", clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        kiosk.pump();
        assertTrue(!screenText().contains("Staff:"), screenText());
        scanners.set(0, new lategate.scanner.ScannerStatus.Missing("late gate", "/dev/ttyACM0",
                TestSchools.local(demo, "2026-11-23T08:41:00"), "check its cable"));
        clock.advance(Duration.ofSeconds(1));
        kiosk.pump();
        String last = screenText().lines().reduce((a, b) -> b).orElseThrow().strip();
        assertTrue(last.startsWith("Staff: scanner 'late gate' missing since 08:41: see the staff menu"), last);
        assertTrue(last.endsWith("kiosk gate"), last);
    }
}
