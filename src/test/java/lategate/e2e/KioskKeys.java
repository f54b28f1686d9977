package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

/** What staff type at a kiosk running in a tmux window: into staff mode, and closing it. */
final class KioskKeys {

    private KioskKeys() {
    }

    /** The staff key (F2), then a username and PIN: returns the staff menu. */
    static String signInAsStaff(Tmux tmux, String window, String username, String pin, Duration wait)
            throws Exception {
        tmux.keys(window, "F2");
        tmux.waitFor(window, "Staff sign in", wait);
        tmux.keys(window, username, "Enter");
        tmux.waitFor(window, "PIN: _", wait);
        tmux.keys(window, pin, "Enter");
        return tmux.waitFor(window, "Staff menu", wait);
    }

    /** From pupil sign-in, the exit key (F12) and the PIN: the kiosk must have ended within {@code wait}. */
    static void exit(Tmux tmux, String window, String pin, Duration wait) throws Exception {
        tmux.keys(window, "F12");
        tmux.waitFor(window, "Staff only", wait);
        tmux.keys(window, pin, "Enter");
        long deadline = System.nanoTime() + wait.toNanos();
        while (tmux.alive(window) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(tmux.alive(window), "the exit key and the right PIN close the kiosk");
    }
}
