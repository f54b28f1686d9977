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

    /**
     * On a pupil's page, signs them out for a medical or dental appointment (M): the reason, the first
     * adult listed as may collect ({@code collector}, as the form shows them: "Sarah Example (mother)"),
     * evidence seen, and {@code expectedBack} (HH:MM, or empty for none). Returns the screen once the
     * sign-out is recorded.
     */
    static String signOutForAnAppointment(Tmux tmux, String window, String reason, String collector,
                                          String expectedBack, Duration wait) throws Exception {
        tmux.keys(window, "1");
        tmux.waitFor(window, "leaving? Press a letter", wait);
        tmux.keys(window, "M");
        tmux.waitFor(window, "The reason in words", wait);
        tmux.keys(window, reason, "Enter");
        tmux.waitFor(window, "1   " + collector, wait);
        tmux.keys(window, "1");
        tmux.waitFor(window, "Evidence seen", wait);
        tmux.keys(window, "y");
        tmux.waitFor(window, "Expected back at", wait);
        if (!expectedBack.isEmpty()) {
            tmux.keys(window, expectedBack);
        }
        tmux.keys(window, "Enter");
        tmux.waitFor(window, "Press Enter to sign", wait);
        tmux.keys(window, "Enter");
        return tmux.waitFor(window, "signed out (M), collected by " + collector, wait);
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
