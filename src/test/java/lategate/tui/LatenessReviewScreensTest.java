package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lategate.TestSchools;
import lategate.app.SignInOutcome;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.store.SqliteStageDecisions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attendance lead's lateness review in staff mode (issue 6), through Lanterna's virtual
 * terminal on a real database file, its arrivals signed in through the kiosk's own sign-in. On
 * the demo school, block 1 is school weeks 1-4 (Thursday 3 to Friday 25 September 2026) and block
 * 2 is weeks 5-8 (Monday 28 September to Friday 23 October); the kiosk's clock is at the end of
 * block 2, so its stages can be decided.
 *
 * <ul>
 *   <li>Oliver Smith (D3): U on 7-11 September and 5-9 October: 10 U in 10 school weeks, the
 *   penalty notice threshold reached, 5 late marks in block 2 (no change);</li>
 *   <li>Zoë Nguyễn (D2): U on 12-14 October: 3 U this term, approaching persistent late arrival
 *   (4 U a term), 3 late marks in block 2 (+3);</li>
 *   <li>Amelia Jones (D1): L on 28 September to 2 October and 19 October: 6 late marks in block
 *   2 (+6), the most, and proposed stage 1, but no threshold near.</li>
 * </ul>
 */
class LatenessReviewScreensTest {

    private static final String END_OF_BLOCK_2 = "2026-10-23T15:30:00";

    @TempDir
    Path dir;
    private StaffKiosk kiosk;
    private DefaultVirtualTerminal vt;
    private KioskTerminal terminal;
    private VirtualKeyboard keys;
    private int columns;
    private int rows;

    private void start(String localTime, int columns, int rows) throws Exception {
        this.columns = columns;
        this.rows = rows;
        kiosk = new StaffKiosk(dir, localTime);
        for (String day : List.of("09-07", "09-08", "09-09", "09-10", "09-11", "10-05", "10-06", "10-07", "10-08",
                "10-09")) {
            arrive("DEMO0003", "2026-" + day + "T09:20:00", "overslept");
        }
        for (String day : List.of("10-12", "10-13", "10-14")) {
            arrive("DEMO0002", "2026-" + day + "T09:15:00", "transport");
        }
        for (String day : List.of("09-28", "09-29", "09-30", "10-01", "10-02", "10-19")) {
            arrive("DEMO0001", "2026-" + day + "T08:55:00", "family");
        }
        vt = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        terminal = new KioskTerminal(vt, kiosk.flow, kiosk.clock, 12, 2, "reception");
        terminal.start();
        keys = new VirtualKeyboard(vt, terminal, kiosk.clock);
    }

    private void start() throws Exception {
        start(END_OF_BLOCK_2, 80, 24);
    }

    /** A past arrival, signed in as the kiosk signs one in. */
    private void arrive(String badge, String localTime, String reason) {
        SignInOutcome outcome = kiosk.signIn.scan(printed(badge), TestSchools.local(StaffKiosk.DEMO, localTime),
                "gate", KioskFlow.PUPIL, Optional.of(reason));
        assertInstanceOf(SignInOutcome.Marked.class, outcome, badge + " at " + localTime);
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

    private void signIn(String username, String pin) throws Exception {
        key(KeyType.F2);
        burst(username);
        burst(pin);
    }

    /** The lead signed in, on the block table of today's block. */
    private void openReview() throws Exception {
        signIn("lead", "9753");
        press("5");
        assertShows("Lateness review: block 2 of");
    }

    private String screenText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            text.append(rowText(row)).append('\n');
        }
        return text.toString();
    }

    /** The screen's words with lines joined: a sentence wrapped over two lines reads whole. */
    private String flat() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            text.append(rowText(row).strip()).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private String rowText(int row) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < columns; col++) {
            text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
        }
        return text.toString();
    }

    private int rowOf(String words) {
        for (int row = 0; row < rows; row++) {
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

    private List<StageDecision> decisions() {
        return new SqliteStageDecisions(kiosk.database).all();
    }

    @Test
    @DisplayName("the block table is sorted by concern: threshold reached, approaching, then a stage rise, each with L, U, minutes, change and a bar")
    void tableByConcern() throws Exception {
        start();
        openReview();
        int oliver = rowOf("Oliver Smith");
        int zoe = rowOf("Zoë Nguyễn");
        int amelia = rowOf("Amelia Jones");
        assertTrue(oliver < zoe && zoe < amelia, "reached, approaching, rising:\n" + screenText());
        assertShows("  Pupil            Class L  U  Min Chg  Blocks  Concern");
        assertTrue(rowText(oliver).contains("> Oliver Smith     6O    0  5  175   0  ▅▅      PENALTY NOTICE, proposed 0→1"),
                rowText(oliver));
        assertTrue(rowText(zoe).contains("  Zoë Nguyễn       5A    0  3   90  +3  ·▃      near persistent, proposed 0→1"),
                rowText(zoe));
        assertTrue(rowText(amelia).contains("  Amelia Jones     4B    6  0   60  +6  ·▆      proposed 0→1"),
                rowText(amelia));
        assertShows("3 pupils. Ended: 3 changes await your decision");
        assertShows("Left/Right: other blocks");
        assertShows("Enter: pupil  C: confirm  O: override  H: heatmap  P: patterns  Escape: menu");
        assertTrue(reversed("> Oliver Smith"), "the selected row stands out:\n" + screenText());
        assertTrue(flat().contains("Penalty notice threshold reached: 10 in school weeks 1-8 (threshold 10)."), flat());
        key(KeyType.ArrowDown);
        key(KeyType.ArrowDown);
        assertTrue(reversed("> Amelia Jones"), screenText());
        assertTrue(flat().contains("Amelia Jones (D1): proposed no stage -> stage 1."), flat());
    }

    @Test
    @DisplayName("Enter opens the pupil's year: each late arrival with its sentence, reason and code, marks per block as bars, stage and thresholds")
    void pupilPage() throws Exception {
        start();
        openReview();
        key(KeyType.Enter);
        assertShows("Oliver Smith (D3), Year 6, class 6O: lateness this year");
        assertShows("Stage now: no stage (no decision yet)");
        assertTrue(reversed("Threshold: penalty notice threshold reached: 10 in school weeks 1-8 (threshold"),
                screenText());
        assertShows("Block 1  weeks 1-4     5  ████");
        assertShows("Block 2  weeks 5-8     5  ████");
        assertShows("10 late arrivals this year");
        assertShows("Mon 7 Sept  09:20 morning   U, 35 min   Reason: Woke up late");
        assertShows("(counts U marks recorded here only; unauthorised absences recorded");
        // The note on what the penalty notice count leaves out takes two lines: scroll to the first sentence.
        key(KeyType.ArrowDown);
        key(KeyType.ArrowDown);
        key(KeyType.ArrowDown);
        String sentence = StaffKiosk.DEMO.registerRules()
                .classify(TestSchools.local(StaffKiosk.DEMO, "2026-09-07T09:20:00")).explanation();
        assertTrue(flat().contains(sentence), "the stored sentence '" + sentence + "':\n" + screenText());
        for (int i = 0; i < 40; i++) {
            key(KeyType.PageDown);
        }
        assertShows("Fri 9 Oct   09:20 morning   U, 35 min   Reason: Woke up late");
        assertShows("Arrived 09:20:00 on Friday 9 October 2026, 35 minutes after the");
        assertShows("(more above: Up, PgUp)");
        key(KeyType.PageUp);
        key(KeyType.Escape);
        assertShows("Lateness review: block 2 of");
        assertTrue(reversed("> Oliver Smith"), "back on the same row:\n" + screenText());
    }

    @Test
    @DisplayName("C confirms the selected pupil's proposal as the lead signed in: recorded, said, and the table updated")
    void confirm() throws Exception {
        start();
        openReview();
        key(KeyType.ArrowDown);
        key(KeyType.ArrowDown);
        press("c");
        assertTrue(flat().contains("Amelia Jones: no stage -> stage 1 confirmed for block 2 by Priya Shah, Attendance "
                + "Lead"), screenText());
        List<StageDecision> made = decisions();
        assertEquals(1, made.size());
        StageDecision d = made.get(0);
        assertEquals("D1", d.pupilId());
        assertEquals(new Block(2), d.block());
        assertEquals(new Stage(1), d.decided());
        assertEquals(StageDecision.Kind.CONFIRMED, d.kind());
        assertEquals("Priya Shah", d.by().name());
        assertEquals(kiosk.now(), d.at(), "decided when C was taken, by the kiosk's clock");
        assertTrue(rowText(rowOf("Amelia Jones")).contains("·▆      confirmed 1"), screenText());
        assertShows("3 pupils. Ended: 2 changes await your decision");
        press("c");
        assertTrue(flat().contains("Amelia Jones is already decided: stage 1, confirmed by Priya Shah (Attendance "
                + "Lead). O overrides it"), screenText());
        assertEquals(1, decisions().size(), "confirming twice records nothing more");
    }

    @Test
    @DisplayName("O overrides: a stage from 0 to 5 and a reason typed, recorded with who and why")
    void override() throws Exception {
        start();
        openReview();
        press("o");
        assertShows("Override for Oliver Smith, block 2: proposed stage 1 (from no stage).");
        assertShows("Press 0 to 5 for the stage to decide (0 takes them off the ladder).");
        assertShows("0 to 5: the stage    Escape: cancel");
        press("1");
        assertTrue(reversed("Stage 1 is what the ladder proposes: press Escape, then C to confirm it"), screenText());
        press("3");
        assertShows("Decide stage 3. Why? Type the reason, then Enter:");
        burst("ten U in ten weeks: straight to the EWO");
        List<StageDecision> made = decisions();
        assertEquals(1, made.size(), screenText());
        StageDecision d = made.get(0);
        assertEquals("D3", d.pupilId());
        assertEquals(StageDecision.Kind.OVERRIDDEN, d.kind());
        assertEquals(new Stage(1), d.proposed());
        assertEquals(new Stage(3), d.decided());
        assertEquals(Optional.of("ten U in ten weeks: straight to the EWO"), d.why());
        assertEquals("Attendance Lead", d.by().position());
        assertTrue(flat().contains("Oliver Smith: stage 3 for block 2 (proposed stage 1), overridden by Priya Shah, "
                + "Attendance Lead: ten U in ten weeks: straight to the EWO"), screenText());
        assertTrue(rowText(rowOf("Oliver Smith")).contains("PENALTY NOTICE, overridden 3"), screenText());
        assertTrue(flat().contains("Oliver Smith (D3): no stage -> stage 3, overridden (proposed stage 1) by Priya "
                + "Shah (Attendance Lead): ten U in ten weeks: straight to the EWO."), screenText());
    }

    @Test
    @DisplayName("an override without a reason is refused with a message, and nothing is recorded; Escape cancels")
    void overrideNeedsAReason() throws Exception {
        start();
        openReview();
        press("o2");
        press("   \n");
        assertTrue(reversed("Type why you override the proposal for Oliver Smith"), screenText());
        assertShows("Decide stage 2. Why? Type the reason, then Enter:");
        assertShows(">    _");
        assertEquals(0, decisions().size());
        key(KeyType.Escape);
        assertShows("override cancelled: nothing recorded");
        assertShows("Enter: pupil  C: confirm  O: override");
        assertEquals(0, decisions().size());
    }

    @Test
    @DisplayName("a receptionist has no lateness review on the menu, and 5 says why in the policy's words; an "
            + "administrator has it")
    void receptionistHasNoReview() throws Exception {
        start();
        signIn("jbloggs", "1357");
        assertShows("4   Open claims (0)");
        assertFalse(screenText().contains("Lateness review"), screenText());
        assertShows("1 to 4, 6 to 8, R, B: choose");
        press("5");
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertFalse(screenText().contains("Lateness review"), screenText());
        assertTrue(flat().contains("Jo Bloggs is a receptionist: only an attendance lead or an administrator may "
                + "review lateness"), screenText());
        key(KeyType.Escape);
        signIn("head", "2468");
        assertShows("5   Lateness review");
        press("5");
        assertShows("Lateness review: block 2 of");
    }

    @Test
    @DisplayName("Left and PgUp go to earlier blocks; a block not started is refused in words; stages wait for a block's end")
    void otherBlocks() throws Exception {
        start("2026-11-04T10:00:00", 80, 24);
        openBlock3();
        assertShows("Stages are proposed at its end, Fri 27 Nov");
        assertShows("Up/Down, Enter: pupil page    H: heatmap    P: patterns    Escape: menu");
        press("c");
        assertTrue(flat().contains("Nothing recorded: block 3 has not ended"), screenText());
        key(KeyType.ArrowRight);
        assertTrue(reversed("Block 4 has not started"), screenText());
        key(KeyType.PageUp);
        assertShows("Lateness review: block 2 of");
        key(KeyType.ArrowLeft);
        assertShows("Lateness review: block 1 of");
        assertShows("1 pupil. Ended: 1 change awaits your decision");
        key(KeyType.ArrowLeft);
        assertTrue(reversed("Block 1 is the first block of the year"), screenText());
    }

    private void openBlock3() throws Exception {
        signIn("lead", "9753");
        press("5");
        assertShows("Lateness review: block 3 of");
    }

    @Test
    @DisplayName("the heatmap: late marks by weekday and school week, shaded, with each weekday's total and a legend in numbers")
    void heatmap() throws Exception {
        start();
        openReview();
        press("h");
        assertShows("Late marks by weekday and school week: the year so far (weeks 1-8)");
        assertShows("|Block 1");
        assertShows("|Block 2");
        assertShows("Week 1   2   3   4   5   6   7   8     Total");
        // Week 1 is Thursday 3 and Friday 4 September (the year starts with two INSET days). Week 2
        // (7-11 September): Oliver every day; week 5 (28 September to 2 October): Amelia every day;
        // week 6 (5-9 October): Oliver every day; week 7: Zoë Monday to Wednesday; week 8: Amelia
        // on Monday. The most on a day is 1.
        assertShows("Mon  --- ███         ███ ███ ███ ███       5");
        assertShows("Wed  --- ███         ███ ███ ███           4");
        assertShows("Fri      ███         ███ ███               3");
        assertShows("' ' none   '█' 1   '-' school closed");
        assertShows("The most: 1 on Mon of week 2; the busiest weekday overall: Mon.");
        key(KeyType.Escape);
        assertShows("Lateness review: block 2 of");
    }

    @Test
    @DisplayName("patterns: reasons given in the block, lates around holidays against the average day, groups against the rest")
    void patterns() throws Exception {
        start("2026-11-04T10:00:00", 80, 24);
        openBlock3();
        key(KeyType.ArrowLeft);
        press("p");
        assertShows("Patterns: block 2, school weeks 5-8 (Mon 28 Sept to Fri 23 Oct)");
        assertShows("Reasons given for block 2's late marks (those that still stand):");
        assertShows("  Something at home                   6  ");
        assertShows("  Woke up late                        5  ");
        assertShows("  Bus, train or traffic               3  ");
        assertTrue(flat().contains("holiday: Autumn half term: last day before, Fri 23 Oct, 0"), screenText());
        assertTrue(flat().contains("first day after, Mon 2 Nov, 0"), screenText());
        for (int i = 0; i < 10; i++) {
            key(KeyType.PageDown);
        }
        assertShows("Group                  Pupils Were late Marks/100  Rest/100    Diff");
        assertShows("SEND                        0   (nobody on roll in this group)");
        assertShows("Year 6                      1         1     500.0     450.0   +50.0");
        assertShows("Class 4B                    1         1     600.0     400.0  +200.0");
        key(KeyType.ArrowLeft);
        assertShows("Patterns: block 1, school weeks 1-4");
        key(KeyType.Escape);
        assertShows("Lateness review: block 2 of");
    }

    @Test
    @DisplayName("at 132x43 the table uses the room: a wider name column, the sentences whole; staff mode's idle lock still applies")
    void largerTerminalAndIdleLock() throws Exception {
        start(END_OF_BLOCK_2, 132, 43);
        openReview();
        assertTrue(rowText(rowOf("Oliver Smith")).contains("PENALTY NOTICE, proposed 0→1"), screenText());
        assertTrue(rowText(rowOf("Oliver Smith")).contains("> Oliver Smith             6O "), "a wider name column:\n"
                + screenText());
        assertTrue(flat().contains("Oliver Smith (D3): proposed no stage -> stage 1. 5 late marks in block 2 reaches the "
                + "entry level of 3: stage 1 letter. Penalty notice threshold reached: 10 in school weeks 1-8 (threshold "
                + "10). Persistent late arrival threshold reached (4 U in a term): 10 in school weeks 1-8 (threshold 4). "
                + "Penalty notice: counts U marks recorded here only; unauthorised absences recorded in the MIS also "
                + "count."),
                screenText());
        kiosk.clock.advance(Duration.ofMinutes(2));
        terminal.pump();
        assertShows("The school day has ended"); // the pupils' screen, with no "Scan your badge" after the day
        assertFalse(kiosk.staff.isOpen());
    }
}
