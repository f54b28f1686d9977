package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lategate.TestSchools;
import lategate.app.PupilWords;
import lategate.domain.calendar.DraftYear;
import lategate.domain.school.School;
import lategate.settings.CalendarDraftText;
import lategate.settings.SchoolSettings;
import lategate.StoreFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk left running over the summer into a new academic year, checking its clock as the launcher
 * wires it, on a real database file (docs/rollover.md). Outside the academic year the school is
 * closed: a scan is kept for the office and the pupil told so, and the clock is not questioned for it.
 */
class NewAcademicYearAtTheKioskTest {

    /** The demo school's 2026-27 settings with 'year next's draft of 2027-28 added at the end, as docs/rollover.md says. */
    private static School demoWithNextYear(Path dir) throws Exception {
        Path file = dir.resolve("school.toml");
        Files.writeString(file, Files.readString(TestSchools.file("demo")) + "\n"
                + CalendarDraftText.toml(DraftYear.of(2027)), StandardCharsets.UTF_8);
        return SchoolSettings.load(file);
    }

    private static StaffKiosk kiosk(Path dir, School school, String localTime) {
        return new StaffKiosk(dir, localTime, true, school, List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001"),
                StoreFixture.pupil("D2", "Zoë", "Nguyễn", "5A", "DEMO0002")), List.of());
    }

    @Test
    @DisplayName("docs/rollover.md: a kiosk started in July with both years in its settings marks on the first Monday "
            + "of 2027-28, its clock never questioned")
    void marksOnTheNewYearsFirstDay(@TempDir Path dir) throws Exception {
        try (StaffKiosk k = kiosk(dir, demoWithNextYear(dir), "2027-07-20T08:50:00")) {
            k.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.PickingReason.class, k.flow.state(), "a July school day marks");
            k.advance(Duration.ofSeconds(45));
            k.advance(Duration.ofSeconds(5));

            k.advance(Duration.between(k.now(), TestSchools.local(k.school, "2027-09-06T08:50:00")));
            assertFalse(k.flow.state() instanceof KioskState.IdleClockInQuestion, k.flow.state().toString());
            assertTrue(k.time.orElseThrow().doubt().isEmpty());
            k.scan(printed("DEMO0002"));
            assertInstanceOf(KioskState.PickingReason.class, k.flow.state(), "the new year's first Monday marks");
            assertEquals("2027-09-06", k.text("SELECT school_date FROM arrivals WHERE pupil_id = 'D2'"));
            assertEquals("L", k.text("SELECT mark FROM arrivals WHERE pupil_id = 'D2'"));
            assertEquals(0, k.count("SELECT count(*) FROM held_scans"));
            assertEquals(0, k.count("SELECT count(*) FROM clock_events WHERE kind = 'questioned'"));
        }
    }

    @Test
    @DisplayName("docs/rollover.md: with no 2027-28 calendar, a September scan is 'school closed', kept for the office, "
            + "never a clock problem; the staff menu says 'no 2027-28 calendar yet' and what to run")
    void noCalendarYetIsSchoolClosed(@TempDir Path dir) throws Exception {
        try (StaffKiosk k = kiosk(dir, TestSchools.load("demo"), "2027-07-20T08:50:00")) {
            k.signInAsReceptionist();
            assertTrue(k.staff.view().status().orElse("").contains("Tell the school's IT: no 2027-28 calendar yet: "
                    + "2026-27 ends on 2027-07-31"), k.staff.view().status().toString());
            assertTrue(k.staff.view().status().orElseThrow().contains("'lategate year next --school FILE'"));
            k.key(lategate.scanner.KioskInput.Key.ESCAPE);
            k.advance(Duration.ofMinutes(3));

            k.advance(Duration.between(k.now(), TestSchools.local(k.school, "2027-09-06T08:50:00")));
            k.scan(printed("DEMO0001"));
            KioskState.NothingToMark closed = assertInstanceOf(KioskState.NothingToMark.class, k.flow.state());
            assertEquals("School is closed today. There is no register to sign in to now.",
                    PupilWords.markInWords(closed.classification()));
            assertTrue(closed.classification().explanation().contains("outside the academic year"),
                    closed.classification().explanation());
            assertEquals(Optional.empty(), k.time.orElseThrow().doubt().map(d -> d.why()));
            assertEquals(0, k.count("SELECT count(*) FROM held_scans"), "nothing held for a clock check");
            assertEquals(0, k.count("SELECT count(*) FROM arrivals"));
            assertEquals(1, k.count("SELECT count(*) FROM unmarked_scans"), "the scan is kept for the office");
            assertEquals(0, k.count("SELECT count(*) FROM clock_events WHERE kind = 'questioned'"));

            k.advance(Duration.ofSeconds(10));
            k.signInAsReceptionist();
            assertTrue(k.staff.view().status().orElse("").contains("no 2027-28 calendar yet: 2026-27 ended on "
                    + "2027-07-31"), k.staff.view().status().toString());
        }
    }

    @Test
    @DisplayName("a clock set back while running is still questioned in the summer, and a board booting at 1970 with "
            + "nothing recorded is questioned as far from the calendar")
    void otherClockDoubtsStay(@TempDir Path dir) throws Exception {
        try (StaffKiosk k = kiosk(dir, TestSchools.load("demo"), "2027-08-10T10:00:00")) {
            assertTrue(k.time.orElseThrow().doubt().isEmpty(), "the summer holiday is no clock problem");
            k.jump(Duration.between(k.now(), java.time.Instant.EPOCH));
            k.advance(Duration.ofSeconds(1));
            assertInstanceOf(KioskState.IdleClockInQuestion.class, k.flow.state());
        }
        Path fresh = dir.resolve("fresh");
        Files.createDirectories(fresh);
        try (StaffKiosk k = kiosk(fresh, TestSchools.load("demo"), "1970-01-01T00:00:30")) {
            assertEquals("far from the school's calendar", k.time.orElseThrow().doubt().orElseThrow().rule().name());
        }
    }
}
