package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.util.ArrayList;
import java.util.List;
import lategate.domain.register.Mark;

/**
 * The strip at the foot of the pupils' screen while a queue moves through the kiosk: each pupil whose
 * reason picker the next scan cut short, newest first, with their mark, so that a pupil who looks back
 * sees they are signed in; the office collects their reason (docs/receptionist.md, "A queue at the gate").
 */
final class QueueStrip {

    private QueueStrip() {
    }

    /** Rows the strip takes at the foot of a screen this tall: two, one on a very small screen. */
    static int rows(Canvas c) {
        return c.height() >= 16 ? 3 : 2;
    }

    static void draw(Canvas c, List<KioskState.Queued> queued) {
        int rows = rows(c);
        int top = c.height() - rows;
        c.left(top, "Signed in just now (the office will ask your reason):", SGR.BOLD, SGR.REVERSE);
        List<String> names = new ArrayList<>();
        for (int i = queued.size() - 1; i >= 0; i--) {
            names.add(words(queued.get(i)));
        }
        List<String> lines = Canvas.wrap(String.join("  |  ", names), c.width() - 2);
        for (int i = 0; i < rows - 1 && i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == rows - 2 && lines.size() > rows - 1) {
                line = Canvas.clip(line, c.width() - 4) + " …";
            }
            c.left(top + 1 + i, line, SGR.BOLD);
        }
    }

    /** "Amelia 4B: L, 12 min late". */
    static String words(KioskState.Queued q) {
        String late = q.minutesLate() == 0 ? "" : ", " + q.minutesLate() + " min late";
        return q.pupil().givenName() + " " + q.pupil().className() + ": "
                + (q.mark() == Mark.ON_TIME ? "on time" : q.mark().name()) + late;
    }
}
