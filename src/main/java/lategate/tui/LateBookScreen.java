package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lategate.app.LateBookEntry;
import lategate.app.entry.EntryWords;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.TimeWords;

/**
 * The Late Book on the kiosk, with the columns of {@code lategate book}: as many as the width takes,
 * in the book's order, and the selected row's others under the table when there is room. The
 * total line counts the entries as they stand, the same line the book prints.
 */
final class LateBookScreen {

    /** "Mon 23 Nov 2026": the day on a narrow screen. */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    /** From this many rows, the selected row's other columns and its change show under the table. */
    private static final int ROWS_FOR_DETAIL = 20;
    private static final int DETAIL_LINES = 3;

    private LateBookScreen() {
    }

    /** How many entries a page shows on {@code rows} rows: the content less the header and the total line. */
    static int entryRows(int rows) {
        return Math.max(1, StaffFrame.capacity(rows) - 2 - (rows >= ROWS_FOR_DETAIL ? DETAIL_LINES + 1 : 0));
    }

    /** One column of the book: its heading, its width, and what it shows for an entry. */
    private record Column(String heading, int width, boolean stretches, Function<LateBookEntry, String> cell) {
    }

    static void draw(Canvas c, KioskState.Staff staff, StaffScreen.LateBook book, ZoneId zone) {
        int width = c.width() - 2;
        String day = width >= 50 ? TimeWords.DAY.format(book.day()) : SHORT_DAY.format(book.day());
        StaffFrame.draw(c, staff, "Late Book: " + day, keys(width, book));
        int row = StaffFrame.FIRST_ROW;
        if (book.entries().isEmpty()) {
            c.left(row++, "No late arrivals on this day.", SGR.BOLD);
            typedOrProblem(c, row + 1, book);
            return;
        }
        List<Column> columns = columns(width, zone);
        c.left(row++, line(columns, null), SGR.BOLD);
        int rows = entryRows(c.height());
        int first = StaffFrame.firstVisible(book.selected(), book.entries().size(), rows);
        for (int i = first; i < book.entries().size() && i < first + rows; i++) {
            String text = line(columns, book.entries().get(i));
            if (i == book.selected()) {
                c.left(row++, StaffFrame.row(c, text), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, text);
            }
        }
        if (first > 0) {
            c.right(StaffFrame.FIRST_ROW - 1, "(more above: Up, PgUp)");
        }
        if (first + rows < book.entries().size()) {
            c.right(StaffFrame.lastRow(c) + 1, "(more below: Down, PgDn)");
        }
        int totalRow = row; // straight under the last row shown, so the total stays with the table on a tall screen
        if (!typedOrProblem(c, totalRow, book)) {
            c.left(totalRow, EntryWords.lateBookTotals(book.entries()), SGR.BOLD);
        }
        if (c.height() >= ROWS_FOR_DETAIL) {
            List<String> detail = Canvas.wrap(detail(book.entries().get(book.selected()), columns, zone), width);
            StaffFrame.lines(c, totalRow + 2, detail.subList(0, Math.min(DETAIL_LINES, detail.size())));
        }
    }

    /** The date being typed, or why the last key did nothing, on {@code row}; whether there was either. */
    private static boolean typedOrProblem(Canvas c, int row, StaffScreen.LateBook book) {
        if (book.typedDate().isPresent()) {
            c.left(row, book.problem().map(p -> p + ": ").orElse("Go to the day: ") + book.typedDate().get() + "_",
                    SGR.BOLD, SGR.REVERSE);
            return true;
        }
        if (book.problem().isPresent()) {
            c.left(row, book.problem().get(), SGR.BOLD, SGR.REVERSE);
            return true;
        }
        return false;
    }

    private static String keys(int width, StaffScreen.LateBook book) {
        if (book.typedDate().isPresent()) {
            return width >= 50 ? "Type the date as 2026-11-23, then Enter    Escape: back" : "Enter: go   Escape: back";
        }
        if (width >= 100) {
            return "Up/Down, PgUp/PgDn: row    Left/Right: day    0-9: type a date    Enter: amend    Escape: menu";
        }
        if (width >= 60) {
            return "Up/Down PgUp/PgDn  Left/Right: day  0-9: date  Enter: amend  Esc: menu";
        }
        return "Arrows  0-9: date  Enter: amend  Esc";
    }

    /** The book's columns that fit in {@code width}, the pupil's name and the reason taking what is left. */
    private static List<Column> columns(int width, ZoneId zone) {
        boolean wide = width >= 150;
        List<Column> all = new ArrayList<>();
        all.add(new Column("Time", wide ? 8 : 5, false, e -> (wide ? TimeWords.CLOCK_SECONDS : TimeWords.CLOCK)
                .format(e.entry().at().atZone(zone))));
        all.add(new Column("Pupil", 14, true, e -> e.givenName() + " " + e.familyName()));
        all.add(new Column("Class", width >= 100 ? 6 : 5, false, LateBookEntry::className));
        if (width >= 60) {
            all.add(new Column("Reg", 3, false, e -> e.entry().register().name()));
        }
        all.add(new Column("Entry", 5, false, e -> EntryWords.code(e.entry())));
        if (width >= 60) {
            all.add(new Column("Mins", 4, false, e -> minutes(e.entry())));
            all.add(new Column("Reason", 12, true, LateBookScreen::reason));
        }
        if (width >= 120) {
            all.add(new Column("Consequence", 20, false, e -> e.entry().consequence().orElse("")));
            all.add(new Column("Kiosk", 10, false, e -> kiosk(e.entry())));
            // How the sign-in was made, as `book` shows it: scan, typed, staff or office.
            all.add(new Column("How", 6, false, e -> e.entry().signIn().map(lategate.domain.register.SignInMethod::id)
                    .orElse("-")));
        }
        if (wide) {
            all.add(new Column("Recorded by", 16, true, LateBookScreen::recordedBy));
        }
        int used = all.stream().mapToInt(Column::width).sum() + 2 * (all.size() - 1);
        long stretching = all.stream().filter(Column::stretches).count();
        int extra = Math.max(0, width - used);
        List<Column> fitted = new ArrayList<>();
        int given = 0;
        int stretched = 0;
        for (Column col : all) {
            if (col.stretches()) {
                stretched++;
                int share = stretched == stretching ? extra - given : (int) (extra / stretching);
                given += share;
                fitted.add(new Column(col.heading(), col.width() + share, true, col.cell()));
            } else {
                fitted.add(col);
            }
        }
        return fitted;
    }

    /** One row of the table, or its heading when {@code entry} is null. */
    private static String line(List<Column> columns, LateBookEntry entry) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            String cell = Canvas.clip(entry == null ? col.heading() : col.cell().apply(entry), col.width());
            text.append(i == columns.size() - 1 ? cell : String.format("%-" + col.width() + "s  ", cell));
        }
        return text.toString().stripTrailing();
    }

    /** What the table could not show for the selected entry, and its change beside its original. */
    private static String detail(LateBookEntry entry, List<Column> shown, ZoneId zone) {
        SessionEntry e = entry.entry();
        List<String> parts = new ArrayList<>();
        parts.add(entry.givenName() + " " + entry.familyName() + " (" + entry.className() + "), "
                + e.register().words() + ", " + TimeWords.CLOCK_SECONDS.format(e.at().atZone(zone)));
        List<String> headings = shown.stream().map(Column::heading).toList();
        if (!headings.contains("Mins") && e.minutesLate().isPresent()) {
            parts.add(minutes(e) + " min late");
        }
        if (!headings.contains("Reason")) {
            parts.add("reason: " + reason(entry));
        }
        if (!headings.contains("Consequence")) {
            parts.add("consequence: " + e.consequence().orElse("none"));
        }
        if (!headings.contains("Kiosk")) {
            parts.add("kiosk: " + kiosk(e));
        }
        if (!headings.contains("Recorded by")) {
            parts.add("recorded by " + recordedBy(entry));
        }
        return String.join("; ", parts) + EntryWords.change(e, zone).map(ch -> ". Changed: " + ch).orElse("");
    }

    private static String minutes(SessionEntry e) {
        return e.minutesLate().isPresent() ? String.valueOf(e.minutesLate().getAsLong()) : "";
    }

    private static String reason(LateBookEntry entry) {
        return EntryWords.reason(entry.entry());
    }

    private static String kiosk(SessionEntry e) {
        return EntryWords.kiosk(e);
    }

    private static String recordedBy(LateBookEntry entry) {
        return EntryWords.recordedBy(entry.entry());
    }
}
