package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import lategate.app.Claim;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lategate.app.LateBookEntry;
import lategate.domain.entry.ClaimDecision;

/** Every open claimed reason (a medical appointment, say), oldest first, for staff to confirm or refuse. */
final class ClaimsScreen {

    /** "Mon 23 Nov": a claim may wait from an earlier day. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private ClaimsScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.Claims claims, ZoneId zone) {
        boolean typing = claims.evidence().isPresent();
        boolean confirming = claims.verdict() == ClaimDecision.Verdict.CONFIRMED;
        StaffFrame.draw(c, staff, "Open claims (" + claims.claims().size() + ")", typing
                ? (confirming ? "Enter: confirm    Escape: back" : "Enter: refuse    Escape: back")
                : "Up/Down: choose    1: confirm    2: refuse    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        if (claims.claims().isEmpty()) {
            c.left(row, "No claims waiting: nothing to decide.", SGR.BOLD);
            return;
        }
        int capacity = StaffFrame.lastRow(c) - row - 4;
        int first = StaffFrame.firstVisible(claims.selected(), claims.claims().size(), Math.max(1, capacity));
        for (int i = first; i < claims.claims().size() && row <= StaffFrame.lastRow(c) - 4; i++) {
            Claim claim = claims.claims().get(i);
            LateBookEntry e = claim.entry();
            String line = String.format("%s %-24s %-4s %s %s %s %s: %s (%s)", i == claims.selected() ? ">" : " ",
                    e.givenName() + " " + e.familyName(), e.className(), DAY.format(e.entry().date()),
                    e.entry().register().name(), e.entry().code().code(),
                    PupilPageScreen.time(e.entry().at(), zone), e.reasonLabel().orElse("claimed reason"),
                    claim.claims().code());
            if (i == claims.selected()) {
                c.left(row++, StaffFrame.row(c, line), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, line);
            }
        }
        row++;
        Claim selected = claims.claims().get(claims.selected());
        if (typing) {
            c.left(row++, confirming ? "What was seen or heard (e.g. appointment card), then Enter:"
                    : "Why the claim is refused, then Enter:", SGR.BOLD);
            c.left(row++, "> " + claims.evidence().get() + "_", SGR.BOLD, SGR.REVERSE);
        } else {
            c.left(row++, "   1   Confirm: the entry becomes " + selected.claims().code(), SGR.BOLD);
            c.left(row++, "   2   Refuse: the entry stays " + selected.entry().entry().code().code()
                    + ", its reason marked as refused (say why)", SGR.BOLD);
        }
        if (claims.problem().isPresent()) {
            c.left(row, claims.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
    }
}
