package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.domain.calendar.SchoolCalendar;
import lategate.scanner.KioskInput;

/**
 * The Late Book at the kiosk: Up/Down choose a row, PgUp/PgDn a page, Left/Right the previous or
 * next school day, a digit starts typing a date (2026-11-23) to go to, and Enter on a row opens
 * that pupil's entry to amend. The entries are the register's one answer ({@code RegisterEntries}),
 * the same as {@code lategate book} prints, read again whenever the screen comes back.
 */
final class LateBookKeys extends ScreenKeys<StaffScreen.LateBook> {

    /** Left and Right look this far for the next school day before giving up (a summer holiday is shorter). */
    private static final int DAYS_TO_LOOK = 120;

    private final StaffContext context;
    private final AmendKeys amend;

    LateBookKeys(StaffContext context, AmendKeys amend) {
        super(StaffScreen.LateBook.class);
        this.context = context;
        this.amend = amend;
    }

    /** Today's Late Book, from the menu. */
    Next.Show open(Instant now) {
        return Next.show(read(context.today(now), 0));
    }

    @Override
    Next typed(StaffScreen.LateBook book, char c, Instant now) {
        if (book.typedDate().isPresent()) {
            String typed = book.typedDate().get();
            if ((Character.isDigit(c) || c == '-') && typed.length() < 10) {
                return Next.show(typing(book, typed + c, Optional.empty()));
            }
            return Next.show(book);
        }
        if (Character.isDigit(c)) {
            return Next.show(typing(book, String.valueOf(c), Optional.empty()));
        }
        return Next.show(book);
    }

    @Override
    Next special(StaffScreen.LateBook book, KioskInput.Key key, Instant now) {
        if (book.typedDate().isPresent()) {
            String typed = book.typedDate().get();
            if (key == KioskInput.Key.ENTER) {
                return goTo(book, typed, now);
            }
            if (key == KioskInput.Key.BACKSPACE && !typed.isEmpty()) {
                return Next.show(typing(book, chop(typed), Optional.empty()));
            }
            return Next.show(book);
        }
        int size = book.entries().size();
        int page = Math.max(1, rowsOnScreen());
        return switch (key) {
            case UP, DOWN -> Next.show(book.select(move(book.selected(), size, key)));
            case PAGE_UP -> Next.show(book.select(clamp(book.selected() - page, size)));
            case PAGE_DOWN -> Next.show(book.select(clamp(book.selected() + page, size)));
            case LEFT -> Next.show(day(book, -1, now));
            case RIGHT -> Next.show(day(book, 1, now));
            case ENTER -> size == 0 ? Next.show(book)
                    : amend.open(book.entries().get(book.selected()), book, now);
            default -> Next.show(book);
        };
    }

    /** Escape: out of typing a date, or back to the menu. */
    @Override
    Next escape(StaffScreen.LateBook book, Instant now) {
        return book.typedDate().isPresent() ? Next.show(book.select(book.selected())) : Next.toMenu();
    }

    /** The same day read again, keeping the place; a date being typed stays as typed. */
    @Override
    Next.Show reload(StaffScreen.LateBook book, Instant now) {
        if (book.typedDate().isPresent()) {
            return Next.show(book);
        }
        StaffScreen.LateBook again = read(book.day(), book.selected());
        return Next.show(new StaffScreen.LateBook(again.day(), again.entries(), again.selected(), Optional.empty(),
                book.problem()));
    }

    @Override
    boolean takesText(StaffScreen.LateBook book) {
        return book.typedDate().isPresent();
    }

    private StaffScreen.LateBook read(LocalDate day, int selected) {
        List<LateBookEntry> entries = context.desk().entries().lateBook(day);
        return new StaffScreen.LateBook(day, entries, clamp(selected, entries.size()), Optional.empty(),
                Optional.empty());
    }

    private static StaffScreen.LateBook typing(StaffScreen.LateBook book, String typed, Optional<String> problem) {
        return new StaffScreen.LateBook(book.day(), book.entries(), book.selected(), Optional.of(typed), problem);
    }

    private Next goTo(StaffScreen.LateBook book, String typed, Instant now) {
        LocalDate day;
        try {
            day = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return Next.show(typing(book, typed, Optional.of("'" + typed + "' is not a date: type it as "
                    + context.today(now) + ", or press Escape")));
        }
        if (day.isAfter(context.today(now))) {
            return Next.show(typing(book, typed, Optional.of(day + " has not come yet: the Late Book has nothing "
                    + "for it")));
        }
        return Next.show(read(day, 0));
    }

    /** The previous or next school day; never past today, whose book is the latest there is. */
    private StaffScreen.LateBook day(StaffScreen.LateBook book, int step, Instant now) {
        SchoolCalendar calendar = context.desk().school().registerRules().calendar();
        LocalDate today = context.today(now);
        LocalDate day = book.day();
        for (int i = 0; i < DAYS_TO_LOOK; i++) {
            day = day.plusDays(step);
            if (day.isAfter(today)) {
                return problem(book, "This is the latest day: today's book is as it stands now");
            }
            LocalDate asked = day;
            // Back over the summer the days are last year's, in the calendar the settings keep for it.
            if (calendar.isSchoolDay(day) || calendar.previousYear().filter(p -> p.isSchoolDay(asked)).isPresent()) {
                return read(day, 0);
            }
        }
        return problem(book, "No school day within " + DAYS_TO_LOOK + " days " + (step < 0 ? "before" : "after")
                + " this one");
    }

    private static StaffScreen.LateBook problem(StaffScreen.LateBook book, String words) {
        return new StaffScreen.LateBook(book.day(), book.entries(), book.selected(), Optional.empty(),
                Optional.of(words));
    }

    /** How many rows of entries a page has on the terminal as it is now. */
    private int rowsOnScreen() {
        return LateBookScreen.entryRows(context.rows());
    }
}
