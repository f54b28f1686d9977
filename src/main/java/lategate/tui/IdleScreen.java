package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;

/** Waiting for a pupil: the school, a large clock, the register's state in words, "Scan your badge". */
final class IdleScreen {

    private static final DateTimeFormatter DAY = TimeWords.DAY;
    private static final DateTimeFormatter CLOCK = TimeWords.CLOCK;

    private IdleScreen() {
    }

    /** {@code staffNotice}, if any, is a line for staff at the foot of the screen, e.g. a scanner missing. */
    static void draw(Canvas c, School school, ZonedDateTime now, String kioskId, java.util.Optional<String> typing,
                     java.util.Optional<String> staffNotice) {
        draw(c, school, now, kioskId, typing, staffNotice, java.util.Optional.empty());
    }

    /**
     * With {@code clock} present, the kiosk's clock is in question (docs/domain.md, "The kiosk's clock"): instead of the
     * register's state, a notice for staff says why and how to settle it, and that scans are kept.
     */
    static void draw(Canvas c, School school, ZonedDateTime now, String kioskId, java.util.Optional<String> typing,
                     java.util.Optional<String> staffNotice, java.util.Optional<KioskState.IdleClockInQuestion> clock) {
        draw(c, school, now, kioskId, typing, staffNotice, clock.map(q -> "STAFF: THE CLOCK MAY BE WRONG. " + q.why()
                + ". Arrivals are kept but not marked until staff check the time (staff key, then 0)"
                + (q.held() > 0 ? "; " + q.held() + " waiting." : ".")), false);
    }

    /** With held scans needing staff: what happened and what they must do, in place of the register's state. */
    static void draw(Canvas c, School school, ZonedDateTime now, String kioskId,
                     java.util.Optional<String> staffNotice, KioskState.IdleHeldScans away) {
        draw(c, school, now, kioskId, java.util.Optional.empty(), staffNotice, java.util.Optional.of(away.words()),
                true);
    }

    /** {@code alarm}, when present, is a notice for staff in reverse video in place of the register's state. */
    private static void draw(Canvas c, School school, ZonedDateTime now, String kioskId,
                             java.util.Optional<String> typing, java.util.Optional<String> staffNotice,
                             java.util.Optional<String> alarm, boolean small) {
        c.header(school.name(), DAY.format(now));
        int clockRow = Math.max(2, c.height() / 2 - 8);
        String time = CLOCK.format(now);
        if (!small && c.width() >= BigDigits.width(time) + 2 && c.height() >= 16) {
            c.bigText(clockRow, time);
            clockRow += BigDigits.HEIGHT;
        } else {
            c.centre(clockRow, time, SGR.BOLD);
            clockRow += 1;
        }
        int row;
        if (alarm.isPresent()) {
            row = c.box(clockRow + 1, alarm.get(), SGR.BOLD, SGR.REVERSE);
        } else {
            row = c.box(clockRow + 1, RegisterStatusWords.at(school, now.toInstant()), SGR.BOLD);
        }
        int prompt = Math.min(c.height() - 3, row + 2);
        if (typing.isPresent()) {
            c.centre(prompt, "Badge: " + typing.get() + "_", SGR.BOLD, SGR.REVERSE);
            c.centre(prompt + 1, "Enter to sign in, Escape to clear");
        } else {
            c.centre(prompt, ">>>  Scan your badge  <<<", SGR.BOLD, SGR.REVERSE);
        }
        String kiosk = "kiosk " + kioskId;
        c.right(c.height() - 1, kiosk);
        staffNotice.ifPresent(notice -> c.left(c.height() - 1, Canvas.clip(notice, c.width() - kiosk.length() - 4),
                SGR.REVERSE));
    }
}
