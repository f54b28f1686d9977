package lategate.tui;

import com.googlecode.lanterna.SGR;

/** Staff leaving the kiosk: the PIN is typed blind, shown only as stars. */
final class ExitPinScreen {

    private ExitPinScreen() {
    }

    static void draw(Canvas c, KioskState.ExitPin pin, java.time.ZoneId zone) {
        int row = Math.max(1, c.height() / 2 - 3);
        c.centre(row, "Staff only: type the PIN and press Enter to close the kiosk.", SGR.BOLD);
        c.centre(row + 2, "PIN: " + "*".repeat(pin.digitsTyped()) + "_", SGR.BOLD);
        if (pin.lockedUntil().isPresent()) {
            c.centre(row + 4, "Too many wrong PINs: try again after "
                    + lategate.domain.register.TimeWords.CLOCK.format(pin.lockedUntil().get()
                    .atZone(zone)) + ". Escape to go back.", SGR.REVERSE);
        } else if (pin.wrongBefore()) {
            c.centre(row + 4, "Wrong PIN. Try again, or press Escape.", SGR.REVERSE);
        } else {
            c.centre(row + 4, "Press Escape to go back.");
        }
    }
}
