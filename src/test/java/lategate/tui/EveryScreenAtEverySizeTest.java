package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.BasicTextImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Mark;
import lategate.scanner.KioskInput.Key;
import lategate.scanner.ScannerMonitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pupil and staff screen, reached as the kiosk reaches it (the walk of
 * {@link HostileTextScreensProperties} and {@link StaffScreensTest}), drawn at the smallest terminal
 * the kiosk supports, the usual one and a large one (docs/install-kiosk.md, "Terminal size"): no
 * text may be drawn over another text, and none may run past the screen's edge, or a pupil or the
 * receptionist reads two messages run together ("EnPupils: scan your badge as usual.l").
 */
class EveryScreenAtEverySizeTest {

    @TempDir
    Path dir;

    /** The faults found, each with the screen, the size and the texts; empty when every screen is laid out. */
    private final List<String> faults = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"40x12", "80x24", "200x60"})
    @DisplayName("every screen at 40x12, 80x24 and 200x60: no text over another, none past the edge")
    void everyScreenFits(String size) throws Exception {
        String[] wh = size.split("x");
        TerminalSize terminal = new TerminalSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        pupilScreens(terminal);
        staffScreens(terminal);
        lateBusAndClockScreens(terminal);
        assertTrue(faults.isEmpty(), faults.size() + " layout faults at " + size + ":\n" + String.join("\n", faults));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the idle clock's block digits grow with the screen: plain at 40x12, larger at 80x24, 3x at 200x60")
    void clockGrowsWithTheScreen() {
        assertEquals(0, IdleScreen.clockScale(40, 12 - 9, "08:57"));
        assertTrue(IdleScreen.clockScale(80, 24 - 9, "08:57") >= 1);
        assertEquals(BigDigits.LARGEST, IdleScreen.clockScale(200, 60 - 9, "08:57"));
        assertEquals(15, BigDigits.render("08:57", 3).size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"80x24", "200x60", "240x70"})
    @DisplayName("the pupil's result and its hint are one group in the middle of the screen, not split top and bottom")
    void resultAndHintTogether(String size) throws Exception {
        String[] wh = size.split("x");
        TerminalSize terminal = new TerminalSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        try (StaffKiosk k = new StaffKiosk(Files.createTempDirectory(dir, "group"), "2026-11-23T08:57:00")) {
            k.scan(printed("DEMO0002"));
            BasicTextImage image = new BasicTextImage(terminal);
            new KioskRenderer(k.school, "reception", ScannerMonitor.NONE)
                    .draw(image.newTextGraphics(), terminal, k.flow.state(), k.now(), new FrameLog(
                            terminal.getColumns(), terminal.getRows()));
            int name = rowOf(image, "Zo\u00eb, 5A");
            int hint = rowOf(image, "Up and down arrows");
            int last = rowOf(image, "5  Another reason");
            assertTrue(hint - last <= 2, "the hint sits under the reasons: " + last + ", " + hint);
            int above = name;
            int below = terminal.getRows() - 1 - hint;
            assertTrue(Math.abs(above - below) <= 2 && above >= terminal.getRows() / 5,
                    "centred: " + above + " rows above, " + below + " below");
        }
    }

    private static int rowOf(BasicTextImage image, String words) {
        for (int row = 0; row < image.getSize().getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < image.getSize().getColumns(); col++) {
                line.append(image.getCharacterAt(col, row).getCharacterString());
            }
            if (line.toString().contains(words)) {
                return row;
            }
        }
        throw new AssertionError("not on screen: " + words);
    }

    private void pupilScreens(TerminalSize size) throws Exception {
        try (StaffKiosk k = new StaffKiosk(Files.createTempDirectory(dir, "pupil"), "2026-11-23T08:57:00")) {
            k.flow.viewport(size.getColumns(), size.getRows());
            shot(k, size, "idle");
            k.type("DEM");
            shot(k, size, "typing a code");
            k.key(Key.ESCAPE);
            k.scan(printed("DEMO0002"));
            shot(k, size, "reason picker");
            KioskState.PickingReason picking = (KioskState.PickingReason) k.flow.state();
            k.scan(printed("DEMO0003"));
            shot(k, size, "reason picker with a queue");
            k.type("1");
            shot(k, size, "thanks, with a queue");
            k.advance(Duration.ofMinutes(2));
            k.scan(printed("DEMO0002"));
            shot(k, size, "already signed in");
            k.advance(Duration.ofMinutes(2));
            k.scan("NOSUCHBADGE1");
            shot(k, size, "not recognised");
            k.advance(Duration.ofMinutes(2));

            Pupil amelia = StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001");
            Pupil longName = StoreFixture.pupil("D9", "Maximiliana-Alexandrina", "Featherstonehaugh-Smythe",
                    "11ABCD", "DEMO0009");
            Instant until = k.now().plusSeconds(5);
            drawn(k, size, "on time", new KioskState.OnTime(amelia, until));
            drawn(k, size, "on time, a long name", new KioskState.OnTime(longName, until));
            drawn(k, size, "welcome back", new KioskState.WelcomeBack(amelia, until));
            drawn(k, size, "nothing to mark", new KioskState.NothingToMark(amelia, picking.classification(), until));
            drawn(k, size, "held for a clock check", new KioskState.HeldForClockCheck(amelia, until));
            drawn(k, size, "held aside", new KioskState.HeldAside(Optional.of(amelia), k.now(), until));
            drawn(k, size, "misread", new KioskState.Misread(until));
            drawn(k, size, "not saved", new KioskState.NotSaved(until));
            drawn(k, size, "on a late bus", new KioskState.OnLateBus(longName, picking.classification(),
                    "Route 7 from Nether Wallop", until));
            drawn(k, size, "thanks, to confirm", new KioskState.Thanks(longName, Optional.of("Medical appointment"),
                    true, until));
            drawn(k, size, "thanks, no reason", new KioskState.Thanks(amelia, Optional.empty(), false, until));
            drawn(k, size, "reason picker, a long name, a consequence", new KioskState.PickingReason(longName,
                    picking.classification(), picking.arrival(),
                    Optional.of("Please see your class teacher at break about being late."), 2, until));
            drawn(k, size, "idle, scans held", new KioskState.IdleHeldScans(
                    "Staff: the register's file is away; 3 scans are held on this kiosk. Put it back, then restart."));
            drawn(k, size, "idle, late bus", new KioskState.IdleLateBus("Late bus: route 7, until 09:30"));
            drawn(k, size, "exit PIN", new KioskState.ExitPin(2, true, Optional.empty(), until));
            drawn(k, size, "exit PIN, locked", new KioskState.ExitPin(0, true, Optional.of(until), until));
            drawn(k, size, "on time under a queue", new KioskState.WithQueue(new KioskState.OnTime(amelia, until),
                    List.of(new KioskState.Queued(longName, Mark.L, 12, until),
                            new KioskState.Queued(amelia, Mark.U, 40, until),
                            new KioskState.Queued(longName, Mark.L, 3, until))));
        }
    }

    private void staffScreens(TerminalSize size) throws Exception {
        try (StaffKiosk k = new StaffKiosk(Files.createTempDirectory(dir, "staff"), "2026-11-23T08:57:00")) {
            k.flow.viewport(size.getColumns(), size.getRows());
            k.scan(printed("DEMO0002"));
            k.scan(printed("DEMO0003")); // a queue: Oliver's reason is left to collect
            k.type("1");
            k.advance(Duration.ofMinutes(20));
            k.flow.staffKey(k.now());
            shot(k, size, "staff sign in: username");
            k.type("jbloggs");
            k.enter();
            shot(k, size, "staff sign in: PIN");
            k.type("9999");
            k.enter();
            shot(k, size, "staff sign in: a wrong PIN");
            k.type("jbloggs");
            k.enter();
            k.type("1357");
            k.enter();
            shot(k, size, "staff menu");
            k.type("1");
            shot(k, size, "find a pupil");
            k.type("amelia");
            shot(k, size, "find a pupil: typed");
            k.enter();
            shot(k, size, "pupil page");
            k.type("1");
            shot(k, size, "sign-out: code");
            k.type("m");
            shot(k, size, "sign-out: reason");
            k.type("dentist");
            k.enter();
            shot(k, size, "sign-out: returning?");
            k.type("1");
            shot(k, size, "sign-out: who collects");
            k.type("y");
            shot(k, size, "sign-out: back by");
            k.type("10:31");
            k.enter();
            shot(k, size, "sign-out: done");
            k.enter();
            shot(k, size, "after the sign-out");
            k.key(Key.ESCAPE);
            k.key(Key.ESCAPE);
            shot(k, size, "staff menu again");
            for (String choice : List.of("2", "3", "4", "R", "B", "6", "7", "8")) {
                k.type(choice);
                shot(k, size, "staff menu, choice " + choice);
                k.type(" ");
                k.key(Key.DOWN);
                shot(k, size, "staff menu, choice " + choice + ", a key pressed");
                k.key(Key.ESCAPE);
            }
            k.type("6");
            k.enter();
            org.junit.jupiter.api.Assertions.assertInstanceOf(StaffScreen.Amending.class, k.screen());
            shot(k, size, "late book: amending a row");
            k.key(Key.ESCAPE);
            k.key(Key.ESCAPE);
            k.type("8");
            k.type(" ");
            k.enter();
            org.junit.jupiter.api.Assertions.assertInstanceOf(StaffScreen.LateBusAmend.class, k.screen());
            shot(k, size, "late bus amend: after ticking");
            k.key(Key.ESCAPE);
            k.key(Key.ESCAPE);
            k.key(Key.ESCAPE);
            k.key(Key.ESCAPE);
            k.flow.staffKey(k.now());
            k.type("lead");
            k.enter();
            k.type("9753");
            k.enter();
            shot(k, size, "staff menu, the attendance lead");
            k.type("5");
            shot(k, size, "lateness review: table");
            k.enter();
            shot(k, size, "lateness review: a pupil");
            k.key(Key.ESCAPE);
            k.type("h");
            shot(k, size, "lateness review: heatmap");
            k.key(Key.ESCAPE);
            k.type("p");
            shot(k, size, "lateness review: patterns");
        }
    }

    private void lateBusAndClockScreens(TerminalSize size) throws Exception {
        try (StaffKiosk k = StaffKiosk.checkingItsClock(Files.createTempDirectory(dir, "clock"),
                "2026-11-23T08:50:00")) {
            k.flow.viewport(size.getColumns(), size.getRows());
            k.advance(Duration.ofSeconds(2));
            k.jump(Duration.ofHours(3));
            k.scan(printed("DEMO0001"));
            shot(k, size, "held for a clock check");
            k.advance(Duration.ofMinutes(1));
            shot(k, size, "idle, clock in question");
            k.signInAsReceptionist();
            shot(k, size, "staff menu, clock in question");
            k.type("0");
            shot(k, size, "clock check");
        }
    }

    private void shot(StaffKiosk k, TerminalSize size, String name) {
        drawn(k, size, name + " (" + k.flow.state().getClass().getSimpleName() + ")", k.flow.state());
    }

    /** Draws {@code state} as the kiosk would and keeps what overlaps or runs off the screen. */
    private void drawn(StaffKiosk k, TerminalSize size, String name, KioskState state) {
        FrameLog log = new FrameLog(size.getColumns(), size.getRows());
        BasicTextImage image = new BasicTextImage(size);
        new KioskRenderer(k.school, "reception", ScannerMonitor.NONE)
                .draw(image.newTextGraphics(), size, state, k.now(), log);
        String where = "'" + name + "' at " + size.getColumns() + "x" + size.getRows() + ": ";
        log.collisions().forEach(c -> faults.add(where + "overlap: " + c));
        log.outside().forEach(o -> faults.add(where + "outside: " + o));
    }
}
