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
        // On a small screen the blank lines go first, so every reason stays visible.
        boolean roomy = c.height() >= reasons.size() + 14;
        int row = roomy ? 1 : 0;
        c.centre(row++, picking.pupil().givenName() + ", " + picking.pupil().className(), SGR.BOLD);
        if (roomy) {
            row++;
            row = c.box(row, PupilWords.markInWords(picking.classification()), SGR.BOLD);
        } else {
            row = c.paragraph(row, PupilWords.markInWords(picking.classification()), SGR.BOLD);
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
        if (row < c.height()) {
            c.centre(c.height() - 1, "Up and down arrows, then Enter, also work.");
        }
    }
}
