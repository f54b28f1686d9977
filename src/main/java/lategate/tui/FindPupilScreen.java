package lategate.tui;

import com.googlecode.lanterna.SGR;
import lategate.domain.pupil.Pupil;

/** Find a pupil: type part of a name (type-ahead), or scan their badge; year and class beside each name. */
final class FindPupilScreen {

    private FindPupilScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.FindPupil find) {
        StaffFrame.draw(c, staff, "Find a pupil: type part of a name, or scan their badge",
                "Up/Down: choose    Enter: open    Escape: menu");
        int row = StaffFrame.FIRST_ROW;
        c.left(row, "Name: " + find.typed() + "_", SGR.BOLD, SGR.REVERSE);
        row += 2;
        if (find.typed().isBlank()) {
            c.left(row, "Pupils on roll whose name holds every word typed; accents and capitals do not matter.");
            return;
        }
        if (find.found().isEmpty()) {
            c.left(row, "Nobody on roll matches '" + find.typed().strip() + "'.", SGR.BOLD);
            return;
        }
        int capacity = StaffFrame.lastRow(c) - row + 1;
        int first = StaffFrame.firstVisible(find.selected(), find.found().size(), capacity);
        for (int i = first; i < find.found().size() && row <= StaffFrame.lastRow(c); i++) {
            Pupil p = find.found().get(i);
            String line = String.format("%s %-34s Year %-4s Class %s", i == find.selected() ? ">" : " ",
                    p.givenName() + " " + p.familyName(), p.year(), p.className());
            if (i == find.selected()) {
                c.left(row++, StaffFrame.row(c, line), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, line);
            }
        }
    }
}
