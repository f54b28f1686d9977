package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import lategate.app.Claim;
import lategate.app.LateBookEntry;

/** Today's claimed reasons (a medical appointment, say) for staff to confirm or refuse. */
final class ClaimsScreen {

    private ClaimsScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.Claims claims, ZoneId zone) {
        boolean typing = claims.evidence().isPresent();
        StaffFrame.draw(c, staff, "Claims to confirm today (" + claims.claims().size() + ")", typing
                ? "Enter: confirm    Escape: back" : "Up/Down: choose    1: confirm    2: refuse    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        if (claims.claims().isEmpty()) {
            c.left(row, "No claims waiting: nothing to confirm.", SGR.BOLD);
            return;
        }
        int capacity = StaffFrame.lastRow(c) - row - 4;
        int first = StaffFrame.firstVisible(claims.selected(), claims.claims().size(), Math.max(1, capacity));
        for (int i = first; i < claims.claims().size() && row <= StaffFrame.lastRow(c) - 4; i++) {
            Claim claim = claims.claims().get(i);
            LateBookEntry e = claim.entry();
            String line = String.format("%s %-24s %-4s %s %s %s: %s (%s)", i == claims.selected() ? ">" : " ",
                    e.givenName() + " " + e.familyName(), e.className(), e.arrival().register().name(),
                    e.arrival().mark().id(), PupilPageScreen.time(e.arrival().arrivedAt(), zone),
                    e.reasonLabel().orElse("claimed reason"), claim.claims().code());
            if (i == claims.selected()) {
                c.left(row++, StaffFrame.row(c, line), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, line);
            }
        }
        row++;
        Claim selected = claims.claims().get(claims.selected());
        if (typing) {
            c.left(row++, "What was seen or heard (e.g. appointment card), then Enter:", SGR.BOLD);
            c.left(row++, "> " + claims.evidence().get() + "_", SGR.BOLD, SGR.REVERSE);
        } else {
            c.left(row++, "   1   Confirm: the entry becomes " + selected.claims().code(), SGR.BOLD);
            c.left(row++, "   2   Refuse: the entry stays " + selected.entry().arrival().mark().id()
                    + ", its reason marked as refused", SGR.BOLD);
        }
        if (claims.problem().isPresent()) {
            c.left(row, claims.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
    }
}
