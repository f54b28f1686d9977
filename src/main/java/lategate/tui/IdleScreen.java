package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import lategate.app.PupilWords;
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
     * With {@code clock} present, the kiosk's clock is in question (docs/domain.md, "The kiosk's clock"). That is
     * for staff: pupils read that they sign in as usual and the office will check the time, and a small
     * marker at the foot tells staff where to settle it (the staff menu says why). The register's state
     * is not shown, since it is read from the clock in question.
     */
    static void draw(Canvas c, School school, ZonedDateTime now, String kioskId, java.util.Optional<String> typing,
                     java.util.Optional<String> staffNotice, java.util.Optional<KioskState.IdleClockInQuestion> clock) {
        if (clock.isEmpty()) {
            draw(c, school, now, kioskId, typing, staffNotice, java.util.Optional.empty(), false);
            return;
        }
        String marker = "Staff: clock in question" + (clock.get().held() > 0 ? ", " + clock.get().held()
                + " waiting" : "") + ": staff key, then 0";
        draw(c, school, now, kioskId, typing, java.util.Optional.of(staffNotice.map(n -> n + "; ").orElse("")
                + marker), new Words(PupilWords.SIGN_IN_UNDER_A_CLOCK_CHECK, false, true), false);
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
        Words words = alarm.map(a -> new Words(a, true, true))
                .orElseGet(() -> new Words(RegisterStatusWords.at(school, now.toInstant()), false,
                        RegisterStatusWords.open(school, now.toInstant())));
        draw(c, school, now, kioskId, typing, staffNotice, words, small);
    }

    /**
     * What the box under the clock says; {@code alarm} in reverse video for staff; {@code prompt} whether
     * pupils are asked to scan (not on a closed day or once the day is over: there is nothing to sign in to).
     */
    private record Words(String text, boolean alarm, boolean prompt) {
    }

    private static void draw(Canvas c, School school, ZonedDateTime now, String kioskId,
                             java.util.Optional<String> typing, java.util.Optional<String> staffNotice,
                             Words words, boolean small) {
        int top = c.header(school.name(), DAY.format(now));
        String time = CLOCK.format(now);
        // The clock, the register's state and the prompt are one group in the middle of the rows between
        // the header and the foot; the clock's digits are as large as the screen leaves room for.
        int boxRows = c.boxRows(words.text());
        int promptRows = typing.isPresent() ? 2 : words.prompt() ? 1 : 0;
        int free = c.height() - 1 - top;
        int scale = small ? 0 : clockScale(c.width(), free - 1 - boxRows - (promptRows > 0 ? promptRows + 1 : 0) - 2,
                time);
        int clockRows = scale == 0 ? 1 : BigDigits.HEIGHT * scale;
        int group = clockRows + 1 + boxRows + (promptRows > 0 ? 1 + promptRows : 0);
        int clockRow = top + Math.max(1, (free - group) / 2);
        if (scale > 0) {
            c.bigText(clockRow, time, scale);
        } else {
            c.centre(clockRow, time, SGR.BOLD);
        }
        int row;
        if (words.alarm()) {
            row = c.box(clockRow + clockRows + 1, words.text(), SGR.BOLD, SGR.REVERSE);
        } else {
            row = c.box(clockRow + clockRows + 1, words.text(), SGR.BOLD);
        }
        // The prompt under the box, or as close under it as the foot allows; never over the box.
        int prompt = Math.min(c.height() - 1 - promptRows, row + 1);
        if (prompt >= row) {
            if (typing.isPresent()) {
                c.centre(prompt, "Badge: " + typing.get() + "_", SGR.BOLD, SGR.REVERSE);
                c.centre(prompt + 1, "Enter to sign in, Escape to clear");
            } else if (words.prompt()) {
                c.centre(prompt, ">>>  Scan your badge  <<<", SGR.BOLD, SGR.REVERSE);
            }
        }
        String kiosk = footer(kioskId);
        c.right(c.height() - 1, kiosk);
        staffNotice.ifPresent(notice -> c.left(c.height() - 1, Canvas.clip(notice, c.width() - kiosk.length() - 4),
                SGR.REVERSE));
    }

    /**
     * The largest scale of block digits (see {@link BigDigits}) that fits {@code columns} across and
     * {@code rows} high, or 0 for the time as plain text (on a screen under 16 rows, or too narrow).
     */
    static int clockScale(int columns, int rows, String time) {
        for (int scale = BigDigits.LARGEST; scale >= 1; scale--) {
            if (columns >= BigDigits.width(time, scale) + 2 && rows >= BigDigits.HEIGHT * scale) {
                return scale;
            }
        }
        return 0;
    }

    /** The kiosk's name at the foot, once: "kiosk gate", but "kiosk" or "Kiosk 2" as they are. */
    static String footer(String kioskId) {
        return kioskId.toLowerCase(java.util.Locale.ROOT).contains("kiosk") ? kioskId : "kiosk " + kioskId;
    }
}
