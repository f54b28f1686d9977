package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.Optional;

/** Staff sign in: the username, then the PIN, which is never shown (stars only). */
final class StaffSignInScreen {

    private StaffSignInScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff) {
        StaffFrame.draw(c, staff, "Staff sign in", "Enter: next    Escape: back to pupil sign-in");
        // A blank line between the lines where the screen has room; on a short one, none, so the
        // reminder for pupils still shows above the status and the keys.
        int step = c.height() >= 20 ? 2 : 1;
        int row = step == 2 ? Math.max(StaffFrame.FIRST_ROW + 1, c.height() / 2 - 4) : StaffFrame.FIRST_ROW;
        Optional<String> problem;
        if (staff.screen() instanceof StaffScreen.SignInPin pin) {
            c.centre(row, "Username: " + pin.username());
            c.centre(row + step, "PIN: " + "*".repeat(pin.digitsTyped()) + "_", SGR.BOLD, SGR.REVERSE);
            problem = pin.problem();
        } else {
            StaffScreen.SignInName name = (StaffScreen.SignInName) staff.screen();
            c.centre(row, "Username: " + name.typed() + "_", SGR.BOLD, SGR.REVERSE);
            c.centre(row + step, "Then your PIN.");
            problem = name.problem();
        }
        int next = problem.map(p -> c.paragraph(row + 2 * step, p, SGR.BOLD, SGR.REVERSE)).orElse(row + 2 * step);
        c.paragraph(step == 2 ? row + 7 : next, "Pupils: scan your badge as usual.");
    }
}
