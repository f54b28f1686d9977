package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import lategate.app.clock.ClockReview;
import lategate.domain.clock.ClockWords;

/**
 * The kiosk's clock for staff (docs/domain.md, "The kiosk's clock"): what it says, why it is in question, and the
 * arrivals taken under a questioned clock today, each with the time it was classified at.
 */
final class ClockCheckScreen {

    private ClockCheckScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.ClockCheck check, ZoneId zone) {
        boolean typing = check.typing().isPresent();
        StaffFrame.draw(c, staff, "The kiosk's clock", typing ? "Enter: set this time    Escape: back"
                : "1: it is right    2: set the right time    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        c.left(row++, "The clock says " + ClockWords.moment(check.says(), zone), SGR.BOLD);
        if (check.doubt().isPresent()) {
            for (String line : Canvas.wrap("IN QUESTION: " + check.doubt().get(), c.width() - 4)) {
                c.left(row++, line, SGR.BOLD, SGR.REVERSE);
            }
            c.left(row++, "Arrivals are kept, not marked, until you confirm or set the time.");
        }
        if (!check.correction().isZero()) {
            c.left(row++, "Set by staff: " + ClockWords.span(check.correction().abs())
                    + (check.correction().isNegative() ? " behind" : " ahead of") + " the computer's clock, until the "
                    + "kiosk restarts: ask IT to fix the computer's clock.");
        }
        row++;
        if (typing) {
            c.left(row++, "The right time, HH:MM (today), or YYYY-MM-DD HH:MM, then Enter:", SGR.BOLD);
            c.left(row++, "> " + check.typing().get() + "_", SGR.BOLD, SGR.REVERSE);
        } else {
            c.left(row++, "   1   The clock is right: take the held arrivals at the times it gave", SGR.BOLD);
            c.left(row++, "   2   Set the right time: held arrivals move by the same amount", SGR.BOLD);
        }
        if (check.problem().isPresent()) {
            c.left(row++, check.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
        row++;
        c.left(row++, "Taken under a questioned clock (" + check.reviews().size() + "), to review:", SGR.BOLD);
        for (ClockReview r : check.reviews()) {
            if (row > StaffFrame.lastRow(c)) {
                break;
            }
            String when = PupilPageScreen.time(r.heldAt(), zone) + (r.classifiedAt()
                    .map(at -> " -> " + PupilPageScreen.time(at, zone)).orElse(" (waiting)"));
            c.left(row++, String.format("  %-22s %s  %s", r.pupilName(), when, r.outcome()));
        }
    }
}
