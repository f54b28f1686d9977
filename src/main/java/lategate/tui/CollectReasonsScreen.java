package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.util.List;
import lategate.app.LateBookEntry;
import lategate.domain.register.ReasonStatus;
import lategate.domain.school.LateReason;

/**
 * Reasons to collect: today's late pupils with no reason yet, by name, class and time, and whether they
 * were not asked (a queue cut their picker short) or chose nothing; then the school's reasons to add.
 */
final class CollectReasonsScreen {

    private CollectReasonsScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.CollectReasons screen, List<LateReason> reasons,
                     ZoneId zone) {
        StaffFrame.draw(c, staff, "Reasons to collect (" + screen.pending().size() + ")", screen.choosing()
                ? "Number: add that reason    Escape: back"
                : "Up/Down: choose    Enter: add a reason    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        if (screen.pending().isEmpty()) {
            c.left(row, "No reasons to collect today: every late pupil has one.", SGR.BOLD);
            return;
        }
        // Choosing on a small screen, the reasons matter more than the other pupils: only the one chosen stays.
        int reserved = screen.choosing() ? Math.min(reasons.size() + 1, StaffFrame.lastRow(c) - row) : 1;
        int capacity = Math.max(1, StaffFrame.lastRow(c) - row + 1 - reserved);
        int first = StaffFrame.firstVisible(screen.selected(), screen.pending().size(), capacity);
        for (int i = first; i < screen.pending().size() && row < StaffFrame.FIRST_ROW + capacity; i++) {
            LateBookEntry e = screen.pending().get(i);
            boolean notAsked = e.reasonStatus().filter(s -> s == ReasonStatus.NOT_ASKED).isPresent();
            String line = String.format("%s %-5s %-22s %-5s %s %s  %s", i == screen.selected() ? ">" : " ",
                    PupilPageScreen.time(e.entry().at(), zone), e.givenName() + " " + e.familyName(), e.className(),
                    e.entry().register().name(), e.entry().code().code(),
                    notAsked ? "not asked (queue)" : "not given (chose none)");
            if (i == screen.selected()) {
                c.left(row++, StaffFrame.row(c, line), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, line);
            }
        }
        if (screen.choosing()) {
            LateBookEntry selected = screen.pending().get(screen.selected());
            c.left(row++, "Reason for " + selected.givenName() + " " + selected.familyName() + " (press its number):",
                    SGR.BOLD);
            for (int i = 0; i < reasons.size() && row <= StaffFrame.lastRow(c); i++) {
                c.left(row++, "   " + (i + 1) + "   " + reasons.get(i).label());
            }
        }
        if (screen.problem().isPresent() && row <= StaffFrame.lastRow(c) + 1) {
            c.left(row, screen.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
    }
}
