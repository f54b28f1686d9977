package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.List;
import lategate.app.PupilWords;
import lategate.domain.school.LateReason;

/** A late pupil's mark in words, the school's consequence if any, and the numbered reasons. */
final class ReasonScreen {

    private ReasonScreen() {
    }

    static void draw(Canvas c, KioskState.PickingReason picking, List<LateReason> reasons) {
        String mark = PupilWords.markInWords(picking.classification());
        int consequence = picking.consequence().map(c::paragraphRows).orElse(0);
        // With room, the whole picker (name, mark, question, reasons and the hint under them) is one group in
        // the middle of the screen; on a small screen the blank lines go first, so every reason stays visible.
        int roomyRows = 1 + 1 + c.boxRows(mark) + consequence + 1 + 1 + 1 + reasons.size() + 1 + 1;
        boolean roomy = c.height() >= Math.max(roomyRows, reasons.size() + 14);
        int row = roomy ? Math.max(1, (c.height() - roomyRows) / 2) : 0;
        c.centre(row++, picking.pupil().givenName() + ", " + picking.pupil().className(), SGR.BOLD);
        if (roomy) {
            row++;
            row = c.box(row, mark, SGR.BOLD);
        } else {
            row = c.paragraph(row, mark, SGR.BOLD);
        }
        if (picking.consequence().isPresent()) {
            row = c.paragraph(row, picking.consequence().get(), SGR.BOLD, SGR.REVERSE);
        }
        if (roomy) {
            row++;
        }
        c.centre(row++, "Why are you late? Press a number.", SGR.BOLD);
        if (roomy) {
            row++;
        }
        int width = reasons.stream().mapToInt(r -> r.label().length()).max().orElse(0) + 8;
        for (int i = 0; i < reasons.size() && row < c.height(); i++) {
            boolean selected = i == picking.selected();
            String line = (selected ? "> " : "  ") + (i + 1) + "  " + reasons.get(i).label();
            line = line + " ".repeat(Math.max(0, width - line.length()));
            if (selected) {
                c.centre(row++, line.substring(0, Math.min(line.length(), c.width() - 2)), SGR.REVERSE, SGR.BOLD);
            } else {
                c.centre(row++, line.substring(0, Math.min(line.length(), c.width() - 2)));
            }
        }
        if (roomy) {
            row++;
        }
        if (row < c.height()) {
            c.centre(row, "Up and down arrows, then Enter, also work.");
        }
    }
}
