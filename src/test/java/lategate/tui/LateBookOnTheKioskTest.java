package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import lategate.app.LateBookEntry;
import lategate.app.entry.EntryWords;
import lategate.scanner.KioskInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Late Book in staff mode (a school's policy may say late arrivals sign a Late Book held in the
 * office; Demo Attendance Policy §1 for the register times): the register's one answer, as
 * {@code lategate book} prints it, by name and class, scrolled a page at a time and moved a school
 * day at a time, on a real database file.
 */
class LateBookOnTheKioskTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    /** Monday 23 November: all three pupils late in the morning and again after lunch, the last after 13:40 (U). */
    private void aDayOfLateArrivals() {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00");
        for (String badge : List.of("DEMO0001", "DEMO0002", "DEMO0003")) {
            kiosk.scan(printed(badge));
            kiosk.type("1");
            kiosk.advance(Duration.ofMinutes(3));
        }
        kiosk.advance(Duration.ofMinutes(4 * 60 + 30)); // 13:36: late for the afternoon register
        for (String badge : List.of("DEMO0001", "DEMO0002", "DEMO0003")) {
            kiosk.scan(printed(badge));
            kiosk.type("2");
            kiosk.advance(Duration.ofMinutes(3));
        }
        kiosk.advance(Duration.ofMinutes(10));
    }

    private StaffScreen.LateBook book() {
        return assertInstanceOf(StaffScreen.LateBook.class, kiosk.screen());
    }

    private Drawn drawn(int columns, int rows) throws Exception {
        kiosk.staff.viewport(columns, rows);
        return Drawn.of(kiosk.school, kiosk.flow.state(), columns, rows, kiosk.now());
    }

    @Test
    @DisplayName("6 on the menu opens today's Late Book as it stands: the same entries, order and total line as `book`")
    void todaysBookAsItStands() throws Exception {
        aDayOfLateArrivals();
        kiosk.signInAsReceptionist();
        kiosk.type("6");
        StaffScreen.LateBook book = book();
        assertEquals(LocalDate.of(2026, 11, 23), book.day());
        List<LateBookEntry> register = kiosk.staff.view() == null ? List.of()
                : new lategate.app.entry.RegisterEntries(kiosk.school, new lategate.store.SqliteSessionRecords(
                kiosk.database), new lategate.store.SqlitePupils(kiosk.database), kiosk.clock).lateBook(book.day());
        assertEquals(register, book.entries(), "the register's one answer, never worked out a second way");
        assertEquals(List.of("D1", "D2", "D3", "D1", "D2", "D3"),
                book.entries().stream().map(e -> e.entry().pupilId()).toList(), "in the order pupils came");

        Drawn wide = drawn(200, 60);
        for (String column : List.of("Time", "Pupil", "Class", "Reg", "Entry", "Mins", "Reason", "Consequence",
                "Kiosk", "Recorded by")) {
            assertTrue(wide.shows(column), "the book's column " + column + " at 200 columns:\n" + wide.text());
        }
        assertTrue(wide.shows("Zoë Nguyễn") && wide.shows("5A"), "names and classes, never ids:\n" + wide.text());
        assertTrue(wide.shows(EntryWords.lateBookTotals(book.entries())), wide.text());
        assertTrue(wide.shows("6 late arrivals: 5 L, 1 U."), wide.text());
        assertEquals(List.of(), wide.overlaps(0));
    }

    @Test
    @DisplayName("Up/Down and PgUp/PgDn move through a book longer than the screen; 40x12 keeps names, the total and the keys")
    void scrollsAtEverySize() throws Exception {
        aDayOfLateArrivals();
        kiosk.signInAsReceptionist();
        kiosk.type("6");
        Drawn small = drawn(40, 12);
        assertTrue(small.shows("Amelia Jones"), small.text());
        assertFalse(small.shows("Oliver Smith  6O  13:"), "the afternoon's rows are a page down");
        assertTrue(small.shows("(more below"), small.text());
        assertTrue(small.shows("6 late arrivals: 5 L, 1 U."), small.text());
        assertFalse(small.row(11).strip().endsWith("\u2026"), "the key line is whole at 40 columns: " + small.row(11));
        assertEquals(List.of(), small.overlaps(1), small.text());
        assertFalse(small.spills());

        kiosk.key(KioskInput.Key.PAGE_DOWN);
        assertEquals(LateBookScreen.entryRows(12), book().selected(), "a page is the rows the screen shows");
        kiosk.key(KioskInput.Key.PAGE_DOWN);
        assertEquals(5, book().selected(), "never past the last row");
        small = drawn(40, 12);
        assertTrue(small.shows("(more above"), small.text());
        assertTrue(small.shows("Oliver Smith"), small.text());
        kiosk.key(KioskInput.Key.DOWN);
        assertEquals(0, book().selected(), "Down from the last row comes round to the first");
        kiosk.key(KioskInput.Key.UP);
        assertEquals(5, book().selected());
        kiosk.key(KioskInput.Key.PAGE_UP);
        kiosk.key(KioskInput.Key.PAGE_UP);
        assertEquals(0, book().selected());

        Drawn usual = drawn(80, 24);
        assertTrue(usual.shows("Reason") && usual.shows("Bus"), usual.text());
        assertTrue(usual.shows("consequence:") || usual.shows("Consequence"),
                "the selected row's other columns are under the table:\n" + usual.text());
        assertEquals(List.of(), usual.overlaps(1), usual.text());
    }

    @Test
    @DisplayName("Left and Right move a school day, skipping the weekend, never past today; a typed date goes to that day")
    void dayPicker() throws Exception {
        aDayOfLateArrivals();
        kiosk.signInAsReceptionist();
        kiosk.type("6");
        kiosk.key(KioskInput.Key.LEFT);
        assertEquals(LocalDate.of(2026, 11, 20), book().day(), "Monday's previous school day is Friday");
        assertEquals(List.of(), book().entries());
        assertTrue(drawn(80, 24).shows("No late arrivals on this day."));
        kiosk.key(KioskInput.Key.RIGHT);
        assertEquals(LocalDate.of(2026, 11, 23), book().day());
        assertEquals(6, book().entries().size());
        kiosk.key(KioskInput.Key.RIGHT);
        assertEquals(LocalDate.of(2026, 11, 23), book().day(), "today is the latest book there is");
        assertTrue(book().problem().isPresent());

        kiosk.type("2026-11-1");
        assertEquals("2026-11-1", book().typedDate().orElseThrow());
        kiosk.type("9");
        kiosk.enter();
        assertEquals(LocalDate.of(2026, 11, 19), book().day());
        kiosk.type("2026-13-01");
        kiosk.enter();
        assertTrue(book().problem().orElseThrow().contains("is not a date"), book().problem().toString());
        kiosk.key(KioskInput.Key.ESCAPE);
        assertTrue(book().typedDate().isEmpty(), "Escape leaves the date being typed");
        kiosk.key(KioskInput.Key.ESCAPE);
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
    }
}
