package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff mode's screens as the receptionist sees them, through Lanterna's virtual terminal at 80x24. */
class StaffScreensTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;
    private DefaultVirtualTerminal vt;
    private KioskTerminal terminal;
    private VirtualKeyboard keys;

    private void start(String localTime) throws Exception {
        kiosk = new StaffKiosk(dir, localTime);
        vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal = new KioskTerminal(vt, kiosk.flow, kiosk.clock, 12, 2, "reception");
        terminal.start();
        keys = new VirtualKeyboard(vt, terminal, kiosk.clock);
    }

    @AfterEach
    void close() throws Exception {
        if (terminal != null) {
            terminal.screen().stopScreen();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void press(String text) throws Exception {
        keys.press(text);
    }

    private void key(KeyType type) throws Exception {
        keys.key(type);
    }

    private void burst(String code) throws Exception {
        keys.burst(code);
    }

    private void signIn() throws Exception {
        key(KeyType.F2);
        burst("jbloggs");
        burst("1357");
    }

    private String screenText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 24; row++) {
            text.append(rowText(row)).append('\n');
        }
        return text.toString();
    }

    private String rowText(int row) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < 80; col++) {
            text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
        }
        return text.toString();
    }

    private int rowOf(String words) {
        for (int row = 0; row < 24; row++) {
            if (rowText(row).contains(words)) {
                return row;
            }
        }
        throw new AssertionError("screen does not show '" + words + "':\n" + screenText());
    }

    private void assertShows(String words) {
        rowOf(words);
    }

    private boolean reversed(String words) {
        int row = rowOf(words);
        int col = rowText(row).indexOf(words);
        return vt.getCharacter(new TerminalPosition(col, row)).getModifiers().contains(SGR.REVERSE);
    }

    @Test
    @DisplayName("staff sign-in at 80x24: the username as typed, the PIN only as stars, pupils told to scan as usual")
    void signInScreen() throws Exception {
        start("2026-11-23T10:30:00");
        key(KeyType.F2);
        assertShows("STAFF MODE");
        assertShows("Staff sign in");
        assertShows("Pupils: scan your badge as usual.");
        press("jbloggs");
        assertShows("Username: jbloggs_");
        press("\n135");
        assertShows("PIN: ***_");
        assertFalse(screenText().contains("135"), screenText());
        press("9\n");
        assertShows("Username or PIN not recognised");
    }

    @Test
    @DisplayName("the menu says each choice in words, one key each, with who is signed in and the overdue count")
    void menu() throws Exception {
        start("2026-11-23T10:30:00");
        signIn();
        assertShows("STAFF MODE: Jo Bloggs, Office Manager");
        assertShows("Overdue back: none");
        assertShows("1   Find a pupil");
        assertShows("2   Who is off site now");
        assertShows("3   Fire roll");
        assertShows("4   Open claims (0)");
        assertShows("Escape   Back to pupil mode");
    }

    @Test
    @DisplayName("the menu shows the latest check of the register's chain, in reverse video once it finds a change")
    void menuShowsRegisterCheck() throws Exception {
        start("2026-11-23T10:30:00");
        new lategate.store.SqliteRegisterIntegrity(kiosk.database).checkRecent(kiosk.clock.instant());
        signIn();
        assertShows("Register check 10:30: the register is whole");
        assertFalse(reversed("Register check 10:30"), screenText());
        key(KeyType.Escape);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + kiosk.database.file());
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER arrivals_no_delete"); // as someone with sqlite3 would, first
        }
        new lategate.store.SqliteRegisterIntegrity(kiosk.database).checkRecent(kiosk.clock.instant());
        signIn();
        assertShows("the register was changed outside lategate");
        assertTrue(reversed("Register check 10:30"), screenText());
    }

    @Test
    @DisplayName("the menu says how many daily summaries wait to be sent and when one last got through")
    void menuShowsSync() throws Exception {
        start("2026-11-23T10:30:00");
        new lategate.store.SqliteOutbox(kiosk.database).kioskId(java.util.Optional.of("reception"));
        new lategate.app.sync.Summaries("demo", new lategate.store.SqliteDayRecords(kiosk.database, StaffKiosk.DEMO.zone()),
                lategate.store.SqliteSessionRecords.entries(StaffKiosk.DEMO, kiosk.database, kiosk.clock),
                new lategate.store.SqliteOutbox(kiosk.database), new lategate.sync.SummaryJson(),
                new lategate.store.SqliteChainHeads(kiosk.database))
                .make(java.time.LocalDate.of(2026, 11, 20), java.util.Optional.empty(), kiosk.clock.instant());
        signIn();
        assertShows("Sync: 1 summary waits to be sent; never sent yet.");
        long id = new lategate.store.SqliteOutbox(kiosk.database).all().get(0).id();
        new lategate.store.SqliteOutbox(kiosk.database).delivered(id, StaffKiosk.USB_NAME, kiosk.clock.instant());
        key(KeyType.Escape); // signed out: the menu is read afresh at the next sign-in
        signIn();
        assertShows("Sync: nothing waits to be sent; last sent today 10:30.");
    }

    @Test
    @DisplayName("find a pupil: type-ahead shows name, year and class; the pupil page offers what staff may do")
    void findAndPupilPage() throws Exception {
        start("2026-11-23T10:30:00");
        signIn();
        press("1zo");
        assertShows("Name: zo_");
        assertShows("Zoë Nguyễn");
        assertShows("Year 5");
        assertShows("Class 5A");
        press("\n");
        assertShows("Zoë Nguyễn, Year 5, class 5A");
        assertShows("Today, Monday 23 November 2026:");
        assertShows("Morning:   no kiosk entry");
        assertShows("1   Sign out");
        assertShows("3   Sign in without a badge (morning register)");
    }

    @Test
    @DisplayName("the sign-out form asks one question at a time; someone else is warned about in reverse video")
    void signOutForm() throws Exception {
        start("2026-11-23T10:30:00");
        signIn();
        press("1amelia\n1");
        assertShows("Why is Amelia leaving? Press a letter:");
        assertShows("M   medical or dental appointment");
        press("M");
        burst("dentist");
        assertShows("Reason:     dentist");
        assertShows("1   Sarah Jones (mother)  01234 567890");
        assertShows("0   Someone else");
        press("0");
        assertTrue(reversed("NOT ON THE LIST"), screenText());
    }

    @Test
    @DisplayName("an adult listed as may not collect: DO NOT RELEASE on a full-width reverse-video line on every "
            + "question, never offered to collect or confirm, and refused when typed as someone else, with those who "
            + "may collect offered again (docs/domain.md, \"Safeguarding at sign-out\"; Seagrave §12.2)")
    void doNotReleaseToAnAdultListedAsMayNotCollect() throws Exception {
        start("2026-11-23T10:30:00");
        signIn();
        press("1amelia\n1");
        String warning = "DO NOT RELEASE to Tom Jones (father): listed as may not collect";
        assertTrue(reversed(warning), screenText());
        int row = rowOf(warning);
        for (int col = 1; col <= 78; col++) {
            assertTrue(vt.getCharacter(new TerminalPosition(col, row)).getModifiers().contains(SGR.REVERSE),
                    "the warning's reverse video runs the full width, column " + col + ":\n" + screenText());
        }
        press("M");
        burst("dentist");
        assertTrue(reversed(warning), "still there on the next question:\n" + screenText());
        assertShows("Who is collecting Amelia? Press a number:");
        assertShows("1   Sarah Jones (mother)  01234 567890");
        assertFalse(screenText().contains("2   Tom Jones"), "only adults who may collect are offered:\n" + screenText());

        press("0tom  JONES\n");
        assertShows("Who is collecting Amelia? Press a number:");
        assertShows("1   Sarah Jones (mother)  01234 567890");
        assertTrue(reversed("REFUSED: DO NOT RELEASE to Tom Jones (father)"), screenText());
        assertEquals(0, kiosk.count("SELECT count(*) FROM movements"));

        press("0Ann Jones\naunt\n");
        assertShows("Which parent on the list confirmed by phone? Press a number:");
        assertShows("1   Sarah Jones (mother)  01234 567890");
        assertFalse(screenText().contains("2   Tom Jones"), "one listed as may not collect never confirms:\n"
                + screenText());
        assertTrue(reversed(warning), screenText());
    }

    @Test
    @DisplayName("who is off site: an overdue return says OVERDUE in reverse video, and the header counts it")
    void overdueStandsOut() throws Exception {
        start("2026-11-23T10:30:00");
        signIn();
        press("1amelia\n1m");
        burst("dentist");
        press("1y");
        burst("10:31");
        press("\n");
        assertShows("Amelia Jones signed out (M), collected by Sarah Jones (mother), expected");
        assertShows("back 10:31");
        kiosk.clock.advance(Duration.ofSeconds(60));
        terminal.pump();
        key(KeyType.Escape);
        key(KeyType.Escape);
        press("2");
        assertShows("Who is off site now (1)");
        assertTrue(reversed("OVERDUE, expected 10:31"), screenText());
        assertTrue(reversed("OVERDUE back: 1"), screenText());
        assertShows("M dentist; collected by Sarah Jones (mother)");
    }

    @Test
    @DisplayName("the fire roll: a box per late pupil on site, ticked with Space, the count found; then who is off site")
    void fireRoll() throws Exception {
        start("2026-11-23T08:57:00");
        burst(printed("DEMO0002"));
        press("1");
        kiosk.clock.advance(Duration.ofMinutes(5));
        terminal.pump();
        signIn();
        press("3");
        assertShows("FIRE ROLL started 09:02 by Jo Bloggs");
        assertShows("Found 0 of 1 signed in late and on site");
        assertShows("[ ] 5A");
        press(" ");
        assertShows("[x] 5A");
        assertShows("found 09:02 Jo Bloggs");
        assertShows("Found 1 of 1 signed in late and on site");
        assertShows("Off site, not in the building (0):");
    }

    @Test
    @DisplayName("the pupils' idle screen is unchanged after staff mode: no staff words and no overdue count")
    void pupilIdleUnchanged() throws Exception {
        start("2026-11-23T10:30:00");
        signIn();
        key(KeyType.Escape);
        assertShows("Scan your badge");
        assertFalse(screenText().contains("STAFF") || screenText().contains("verdue"), screenText());
    }

    @Test
    @DisplayName("the staff menu has a line per serial scanner under sync: connected, or missing since when and what to do")
    void scannerLines() throws Exception {
        start("2026-11-23T08:45:00");
        java.time.Instant since = lategate.TestSchools.local(StaffKiosk.DEMO, "2026-11-23T08:41:00");
        kiosk.scanners.add(new lategate.scanner.ScannerStatus.Missing("late gate", "/dev/ttyACM0", since,
                "check its cable"));
        kiosk.scanners.add(new lategate.scanner.ScannerStatus.Connected("reception", "/dev/ttyACM1", since));
        signIn();
        String text = screenText();
        assertTrue(text.contains("Scanner 'late gate' (/dev/ttyACM0) missing since 08:41: check its cable"), text);
        assertTrue(text.contains("Scanner 'reception' (/dev/ttyACM1) connected since 08:41."), text);
        assertTrue(text.indexOf("Sync:") < text.indexOf("Scanner 'late gate'"), text);
    }
}
