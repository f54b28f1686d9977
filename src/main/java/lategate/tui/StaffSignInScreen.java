package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.Optional;

/** Staff sign in: the username, then the PIN, which is never shown (stars only). */
final class StaffSignInScreen {

    private StaffSignInScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff) {
        StaffFrame.draw(c, staff, "Staff sign in", "Enter: next    Escape: back to pupil sign-in");
        int row = Math.max(StaffFrame.FIRST_ROW + 1, c.height() / 2 - 4);
        Optional<String> problem;
        if (staff.screen() instanceof StaffScreen.SignInPin pin) {
            c.centre(row, "Username: " + pin.username());
            c.centre(row + 2, "PIN: " + "*".repeat(pin.digitsTyped()) + "_", SGR.BOLD, SGR.REVERSE);
            problem = pin.problem();
        } else {
            StaffScreen.SignInName name = (StaffScreen.SignInName) staff.screen();
            c.centre(row, "Username: " + name.typed() + "_", SGR.BOLD, SGR.REVERSE);
            c.centre(row + 2, "Then your PIN.");
            problem = name.problem();
        }
        problem.ifPresent(p -> c.paragraph(row + 4, p, SGR.BOLD, SGR.REVERSE));
        c.paragraph(row + 7, "Pupils: scan your badge as usual.");
    }
}
