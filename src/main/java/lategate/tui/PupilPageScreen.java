package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import lategate.app.entry.EntryWords;
import lategate.domain.entry.SessionEntry;
import lategate.domain.movement.Movement;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;

/** One pupil's day: each register's entry, their comings and goings, and what staff may do now. */
final class PupilPageScreen {

    private PupilPageScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, PupilDay day, Instant now, ZoneId zone) {
        StaffFrame.draw(c, staff, day.pupil().fullName() + ", Year " + day.pupil().year() + ", class "
                + day.pupil().className(), "Press a number    Escape: back");
        int row = StaffFrame.FIRST_ROW;
        // What staff may do always shows: on a short screen the day's lines give way, the last shown ending "…".
        int actions = 1 + (day.canSignInNow().isPresent() ? 1 : 0);
        int lastDayRow = Math.max(row, StaffFrame.lastRow(c) - actions - 1);
        List<ScreenLine> lines = new java.util.ArrayList<>();
        lines.add(ScreenLine.plain("Today, " + TimeWords.DAY.format(day.date()) + ":"));
        for (PupilDay.Entry e : day.entries()) {
            lines.add(ScreenLine.plain("  " + entryWords(e, now, zone)));
        }
        for (Movement m : day.movements()) {
            lines.add(ScreenLine.plain("  " + movementWords(m, zone)));
        }
        if (day.offSite().isPresent()) {
            Movement.SignedOut out = day.offSite().get();
            boolean overdue = out.overdueAt(now);
            lines.add(ScreenLine.standsOut(" OFF SITE since " + time(out.at(), zone)
                    + out.expectedBack().map(t -> (overdue ? ", OVERDUE: expected back " : ", expected back ")
                    + time(t, zone)).orElse("") + " "));
        }
        for (int i = 0; i < lines.size() && row <= lastDayRow; i++) {
            ScreenLine line = lines.get(i);
            boolean last = row == lastDayRow && i < lines.size() - 1;
            String more = line.text().length() > c.width() - 4 ? Canvas.clip(line.text(), c.width() - 2)
                    : line.text() + " \u2026";
            (last ? new ScreenLine(more, line.bold(), line.reverse()) : line).draw(c, row++);
        }
        row++;
        if (day.offSite().isEmpty()) {
            c.left(row++, "   1   Sign out", SGR.BOLD);
        } else {
            c.left(row++, "   2   Sign back in", SGR.BOLD);
        }
        if (day.canSignInNow().isPresent()) {
            c.left(row++, "   3   Sign in without a badge (" + day.canSignInNow().get().words() + " register)",
                    SGR.BOLD);
        }
    }

    static String entryWords(PupilDay.Entry e, Instant now, ZoneId zone) {
        String name = e.register() == Register.AM ? "Morning:   " : "Afternoon: ";
        StringBuilder words = new StringBuilder(name);
        if (e.entry().isPresent()) {
            SessionEntry entry = e.entry().get();
            words.append(EntryWords.code(entry)).append(" (").append(entry.source().words()).append(")");
            entry.arrival().ifPresent(a -> words.append(", arrived ").append(time(a.arrivedAt(), zone)));
            entry.minutesLate().ifPresent(m -> words.append(", ").append(m).append(" min late"));
            entry.reason().ifPresent(r -> words.append(": ").append(r));
            if (entry.toReview()) {
                words.append(" [taken under a questioned clock: review]");
            }
            EntryWords.change(entry, zone).ifPresent(c -> words.append("; ").append(c));
        } else if (e.ifStillOut().isPresent()) {
            words.append(e.ifStillOut().get().code()).append(" if still out when it is taken at ")
                    .append(time(e.taken(), zone));
        } else {
            words.append("no kiosk entry (the class register's mark stands)");
        }
        return words.toString();
    }

    static String movementWords(Movement m, ZoneId zone) {
        if (m instanceof Movement.SignedOut out) {
            return "Out " + time(out.at(), zone) + ": " + out.code().code() + ", " + out.reason() + ", collected by "
                    + out.collection().collectorName() + " (" + out.collection().relationship() + ")";
        }
        return "Back " + time(m.at(), zone);
    }

    static String time(Instant at, ZoneId zone) {
        return TimeWords.CLOCK.format(at.atZone(zone));
    }
}
