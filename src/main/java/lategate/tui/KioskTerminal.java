package lategate.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lategate.scanner.KioskInbox;
import lategate.scanner.KioskInput;
import lategate.scanner.ScannerMonitor;
import lategate.scanner.WedgeKeyAssembler;

/**
 * The kiosk on a terminal: reads keys, turns them into scans and key presses, takes what serial
 * scanners read on their own threads, lets the flow act on all of it in arrival order on this one
 * thread, and redraws when something changed (and each second, for the clock). Drawing happens
 * only after the flow has returned, so a mark is on disk before the screen confirms it.
 */
public final class KioskTerminal {

    private final Screen screen;
    private final KioskFlow flow;
    private final Clock clock;
    private volatile boolean stopRequested;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final int exitFunctionKey;
    private final int staffFunctionKey;
    private final WedgeKeyAssembler wedge;
    /** Every input, keyboard and serial scanners alike, passes through here in arrival order. */
    private final KioskInbox inbox;
    private final KioskRenderer renderer;
    private KioskState drawnState;
    private long drawnSecond = Long.MIN_VALUE;
    private boolean terminalClosed;
    private final Consumer<Instant> chores;

    public KioskTerminal(Terminal terminal, KioskFlow flow, Clock clock, int exitFunctionKey, String kioskId)
            throws IOException {
        this(terminal, flow, clock, exitFunctionKey, 0, kioskId);
    }

    /** A kiosk whose {@code staffFunctionKey} (1 to 12; 0 for none) opens staff mode. */
    public KioskTerminal(Terminal terminal, KioskFlow flow, Clock clock, int exitFunctionKey, int staffFunctionKey,
                         String kioskId) throws IOException {
        this(terminal, flow, clock, exitFunctionKey, staffFunctionKey, kioskId, now -> { });
    }

    /**
     * A kiosk that also runs {@code chores} on every turn of its loop (making the day's summaries
     * at the set time); a chore must return at once and do slow work elsewhere.
     */
    public KioskTerminal(Terminal terminal, KioskFlow flow, Clock clock, int exitFunctionKey, int staffFunctionKey,
                         String kioskId, Consumer<Instant> chores) throws IOException {
        this(terminal, flow, clock, exitFunctionKey, staffFunctionKey, kioskId, chores, new KioskInbox(),
                ScannerMonitor.NONE);
    }

    /**
     * A kiosk that also takes what serial scanners put into {@code inbox}, in the order it arrived
     * among the keyboard's scans and keys, and shows staff on the idle screen when one of
     * {@code scanners} is missing.
     */
    public KioskTerminal(Terminal terminal, KioskFlow flow, Clock clock, int exitFunctionKey, int staffFunctionKey,
                         String kioskId, Consumer<Instant> chores, KioskInbox inbox, ScannerMonitor scanners)
            throws IOException {
        this.chores = chores;
        this.screen = new TerminalScreen(terminal);
        this.flow = flow;
        this.clock = clock;
        this.exitFunctionKey = exitFunctionKey;
        this.staffFunctionKey = staffFunctionKey;
        this.wedge = new WedgeKeyAssembler("keyboard");
        this.inbox = inbox;
        this.renderer = new KioskRenderer(flow.school(), kioskId, scanners, flow.printedCodes());
    }

    public void start() throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        flow.viewport(screen.getTerminalSize().getColumns(), screen.getTerminalSize().getRows());
        redraw(true);
    }

    /**
     * Runs until staff leave with the PIN, the terminal goes away or {@link #stopAndWait} is
     * called; always keeps what the flow holds and restores the terminal.
     */
    public void run() throws IOException, InterruptedException {
        start();
        try {
            while (!flow.exitRequested() && !terminalClosed && !stopRequested) {
                if (!pump()) {
                    Thread.sleep(10);
                }
            }
        } finally {
            try {
                flow.stopping();
            } finally {
                try {
                    screen.stopScreen();
                } catch (IllegalStateException e) {
                    // On SIGTERM Lanterna's own shutdown hook may have left the screen first: it is restored.
                } finally {
                    finished.countDown();
                }
            }
        }
    }

    /**
     * Asks the kiosk's own thread to stop, as staff leaving would, and waits up to {@code wait} for
     * it to have done so: for the service manager's SIGTERM (a shutdown, `systemctl stop`), from a
     * shutdown hook, so what the flow holds (a count of scanner faults) is kept before the JVM ends.
     */
    public void stopAndWait(Duration wait) throws InterruptedException {
        stopRequested = true;
        finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes every key waiting now, lets timers run, and redraws if needed. Returns whether any
     * key was read, so the caller can wait a little when there was none.
     */
    public boolean pump() throws IOException {
        boolean any = false;
        KeyStroke key;
        while ((key = screen.pollInput()) != null) {
            any = true;
            accept(key, clock.instant());
            any |= deliver();
        }
        Instant now = clock.instant();
        put(wedge.tick(now), now);
        any |= deliver(); // and whatever the serial scanners read meanwhile
        flow.tick(now);
        chores.accept(now);
        TerminalSize resized = screen.doResizeIfNecessary();
        if (resized != null) {
            flow.viewport(resized.getColumns(), resized.getRows());
        }
        long second = now.getEpochSecond();
        if (resized != null || flow.state() != drawnState || second != drawnSecond) {
            // A whole repaint on every change of screen, so that anything written over the
            // terminal behind lategate's back (a stray message) is gone by the next pupil.
            redraw(resized != null || flow.state() != drawnState);
        }
        return any;
    }

    /** What the kiosk is showing now. */
    public KioskState flowState() {
        return flow.state();
    }

    public Screen screen() {
        return screen;
    }

    private void accept(KeyStroke key, Instant now) {
        KeyType type = key.getKeyType();
        if (type == KeyType.EOF) {
            terminalClosed = true;
            return;
        }
        if (type == KeyType.Character) {
            if (key.isCtrlDown() || key.isAltDown()) {
                return; // Ctrl-C, Ctrl-Z and friends do nothing at the kiosk
            }
            put(wedge.character(key.getCharacter(), now), now);
            return;
        }
        if (isExitKey(type) || isStaffKey(type)) {
            // Whatever was typed before the key is taken first, as typed; the key itself is not an input.
            put(wedge.key(KioskInput.Key.FUNCTION, now).stream()
                    .filter(input -> !(input instanceof KioskInput.Special)).toList(), now);
            deliver();
            if (isExitKey(type)) {
                flow.exitKey(now);
            } else {
                flow.staffKey(now);
            }
            return;
        }
        put(wedge.key(keyOf(type), now), now);
    }

    private void put(java.util.List<KioskInput> inputs, Instant at) {
        inputs.forEach(input -> inbox.put(input, at));
    }

    /** Hands the flow everything waiting, oldest first; returns whether there was anything. */
    private boolean deliver() {
        java.util.List<KioskInbox.Received> waiting = inbox.takeAll();
        for (KioskInbox.Received received : waiting) {
            flow.handle(received.input(), received.at());
        }
        return !waiting.isEmpty();
    }

    private boolean isExitKey(KeyType type) {
        return type.name().equals("F" + exitFunctionKey);
    }

    private boolean isStaffKey(KeyType type) {
        return staffFunctionKey > 0 && type.name().equals("F" + staffFunctionKey);
    }

    private static KioskInput.Key keyOf(KeyType type) {
        return switch (type) {
            case Enter -> KioskInput.Key.ENTER;
            case ArrowUp -> KioskInput.Key.UP;
            case ArrowDown -> KioskInput.Key.DOWN;
            case ArrowLeft -> KioskInput.Key.LEFT;
            case ArrowRight -> KioskInput.Key.RIGHT;
            case PageUp -> KioskInput.Key.PAGE_UP;
            case PageDown -> KioskInput.Key.PAGE_DOWN;
            case Escape -> KioskInput.Key.ESCAPE;
            case Backspace -> KioskInput.Key.BACKSPACE;
            case F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19 ->
                    KioskInput.Key.FUNCTION;
            default -> KioskInput.Key.OTHER;
        };
    }

    private void redraw(boolean complete) throws IOException {
        Instant now = clock.instant();
        KioskState state = flow.state();
        screen.clear();
        renderer.draw(screen.newTextGraphics(), screen.getTerminalSize(), state, now);
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        drawnState = state;
        drawnSecond = now.getEpochSecond();
    }
}
