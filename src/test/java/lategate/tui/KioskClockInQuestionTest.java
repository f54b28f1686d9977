package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lategate.TestSchools;
import lategate.app.clock.TrustedTime;
import lategate.domain.clock.ClockPlausibility;
import lategate.domain.clock.ClockRule;
import lategate.app.SignIn;
import lategate.store.SqliteClockLog;
import lategate.store.SqlitePupils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk whose clock is in question (issue 9, point 4), on a real database file with a clock the
 * test moves: scans are kept but not marked until staff confirm or set the time, then classified
 * at the settled instant and flagged for review. Nothing scanned is lost.
 */
class KioskClockInQuestionTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a clock set back a day is refused: the scan is kept unmarked, and staff set the right time")
    void clockSetBackADay() throws Exception {
        try (StaffKiosk k = StaffKiosk.checkingItsClock(dir, "2026-11-24T08:50:00")) {
            k.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.PickingReason.class, k.flow.state(), "a trusted clock marks as ever");
            k.advance(Duration.ofSeconds(45));
            k.advance(Duration.ofMinutes(2));

            // A restart at the wrong date is caught before anyone scans: the high-water mark is on disk.
            TrustedTime afterReboot = new TrustedTime(StaffKiosk.DEMO, new ClockPlausibility(SignIn.CLOCK_ALLOWANCE,
                    ClockPlausibility.DEFAULT_MAX_JUMP), new SqliteClockLog(k.database), new SqlitePupils(k.database),
                    new KioskScreensTest.MovableClock(TestSchools.local(StaffKiosk.DEMO, "2026-11-23T08:53:00")),
                    () -> 0L, "reception");
            afterReboot.check();
            assertInstanceOf(ClockRule.EarlierThanRecorded.class, afterReboot.doubt().orElseThrow().rule());

            // The same, while this kiosk runs: its clock is set back a day.
            k.jump(Duration.ofDays(-1));
            k.advance(Duration.ofSeconds(1));
            KioskState.IdleClockInQuestion notice = assertInstanceOf(KioskState.IdleClockInQuestion.class,
                    k.flow.state());
            assertTrue(notice.why().startsWith("earlier than the latest record: the clock says Monday 23 November 2026"),
                    notice.why());

            k.scan(printed("DEMO0002"));
            KioskState.HeldForClockCheck held = assertInstanceOf(KioskState.HeldForClockCheck.class, k.flow.state());
            assertEquals("D2", held.pupil().id());
            assertEquals(0, k.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D2'"), "no L or U from a doubtful clock");
            assertEquals(1, k.count("SELECT count(*) FROM held_scans WHERE pupil_id = 'D2'"), "but the scan is kept");
            k.advance(Duration.ofSeconds(5));
            assertEquals(1, assertInstanceOf(KioskState.IdleClockInQuestion.class, k.flow.state()).held());

            k.signInAsReceptionist();
            StaffScreen.Menu menu = assertInstanceOf(StaffScreen.Menu.class, k.screen());
            assertTrue(menu.clock().orElseThrow().questioned());
            k.type("0");
            StaffScreen.ClockCheck check = assertInstanceOf(StaffScreen.ClockCheck.class, k.screen());
            assertTrue(check.doubt().isPresent());
            assertEquals(1, check.reviews().size());
            assertTrue(check.reviews().get(0).waiting());

            // The clock says Monday 08:53:xx; it is Tuesday 08:54.
            k.type("2");
            k.type("2026-11-24 08:54");
            k.enter();
            check = assertInstanceOf(StaffScreen.ClockCheck.class, k.screen());
            assertTrue(check.doubt().isEmpty(), check.problem().orElse(""));
            assertTrue(k.staff.view().status().orElseThrow().contains("clock set by Jo Bloggs, Office Manager"),
                    k.staff.view().status().orElseThrow());
            assertEquals(TestSchools.local(StaffKiosk.DEMO, "2026-11-24T08:54:00"), k.now());

            // The held scan is marked at the settled instant, Tuesday 08:53, and says how it was timed.
            assertEquals("L", k.text("SELECT mark FROM arrivals WHERE pupil_id = 'D2'"));
            assertEquals("2026-11-24", k.text("SELECT school_date FROM arrivals WHERE pupil_id = 'D2'"));
            assertEquals(8, k.count("SELECT minutes_late FROM arrivals WHERE pupil_id = 'D2'"));
            String by = k.text("SELECT recorded_by FROM arrivals WHERE pupil_id = 'D2'");
            assertTrue(by.contains(TrustedTime.FLAG + ", time corrected by Jo Bloggs (Office Manager)"), by);
            assertEquals(1, k.count("SELECT count(*) FROM held_scan_settlements s JOIN arrivals a "
                    + "ON a.id = s.arrival_id WHERE a.pupil_id = 'D2'"));
            assertEquals("Jo Bloggs", k.text("SELECT by_name FROM clock_events WHERE kind = 'corrected'"));
            assertEquals(2, k.count("SELECT count(*) FROM clock_events WHERE kind = 'questioned' "
                    + "AND rule = 'earlier than the latest record'"), "at the restart, and while running");
            assertEquals(1, check.reviews().size(), "still listed for review once settled");
            assertTrue(check.reviews().get(0).classifiedAt().isPresent());

            // From here the kiosk times by the corrected clock.
            k.key(lategate.scanner.KioskInput.Key.ESCAPE);
            k.key(lategate.scanner.KioskInput.Key.ESCAPE);
            k.scan(printed("DEMO0003"));
            assertInstanceOf(KioskState.PickingReason.class, k.flow.state());
            assertEquals("2026-11-24", k.text("SELECT school_date FROM arrivals WHERE pupil_id = 'D3'"));
            assertEquals(3, k.count("SELECT count(*) FROM arrivals"), "every scan is in the register");
        }
    }

    @Test
    @DisplayName("a jump forward mid-morning is flagged: the arrival is held, and once staff confirm it carries the review flag")
    void jumpForwardMidMorning() throws Exception {
        try (StaffKiosk k = StaffKiosk.checkingItsClock(dir, "2026-11-23T08:50:00")) {
            k.advance(Duration.ofSeconds(2));
            k.jump(Duration.ofHours(3));
            k.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.HeldForClockCheck.class, k.flow.state(),
                    "the scan right after the jump is held, not timed 11:50");
            assertEquals(0, k.count("SELECT count(*) FROM arrivals"));
            assertTrue(k.text("SELECT doubt FROM held_scans").startsWith("jumped while running: the clock jumped "
                    + "forward 3 h"), k.text("SELECT doubt FROM held_scans"));

            // A pupil's scan in staff mode is held too, never lost.
            k.signInAsReceptionist();
            k.scan(printed("DEMO0002"));
            assertTrue(k.staff.view().status().orElseThrow().contains("kept, not marked: the clock is in question"),
                    k.staff.view().status().orElseThrow());
            k.type("0");
            k.type("1");
            StaffScreen.ClockCheck check = assertInstanceOf(StaffScreen.ClockCheck.class, k.screen());
            assertTrue(check.doubt().isEmpty());
            assertTrue(k.staff.view().status().orElseThrow().contains("2 held arrivals classified, flagged for review"),
                    k.staff.view().status().orElseThrow());

            // Confirmed as right: each is classified at the instant the clock gave it.
            assertEquals("U", k.text("SELECT mark FROM arrivals WHERE pupil_id = 'D1'"));
            assertTrue(k.text("SELECT recorded_by FROM arrivals WHERE pupil_id = 'D1'")
                    .endsWith(TrustedTime.FLAG + ", time confirmed by Jo Bloggs (Office Manager)"));
            assertEquals(2, k.count("SELECT count(*) FROM arrivals WHERE recorded_by LIKE '%clock questioned%'"));
            assertEquals(1, k.count("SELECT count(*) FROM clock_events WHERE kind = 'confirmed'"));
            assertEquals(0, k.count("SELECT count(*) FROM held_scans h WHERE NOT EXISTS "
                    + "(SELECT 1 FROM held_scan_settlements s WHERE s.held_scan_id = h.id)"), "nothing left held");

            k.key(lategate.scanner.KioskInput.Key.ESCAPE);
            StaffScreen.Menu menu = assertInstanceOf(StaffScreen.Menu.class, k.screen());
            assertEquals(Optional.of(new StaffScreen.ClockLine(false, "Check the kiosk's clock; 2 arrivals to review")),
                    menu.clock());
        }
    }

    @Test
    @DisplayName("a clock that boots at 1970 and comes right by itself before staff confirm: the held scan is timed by "
            + "the running time, not by 1970")
    void clockComesRightBeforeStaffConfirm() throws Exception {
        try (StaffKiosk k = StaffKiosk.checkingItsClock(dir, "2026-11-23T08:50:00")) {
            Duration toEpoch = Duration.between(k.now(), Instant.EPOCH);
            k.jump(toEpoch);
            k.advance(Duration.ofSeconds(1));
            k.advance(Duration.ofSeconds(30));
            k.scan(printed("DEMO0002")); // 08:50:31 in truth; the clock says 1970
            assertInstanceOf(KioskState.HeldForClockCheck.class, k.flow.state());
            assertTrue(k.text("SELECT held_at FROM held_scans").startsWith("1970-01-01"));

            k.advance(Duration.ofMinutes(4));
            k.jump(toEpoch.negated()); // a time server reached at last: the clock is right again
            k.advance(Duration.ofSeconds(1));
            k.signInAsReceptionist();
            k.type("0");
            k.type("1"); // staff see the right time, and confirm it

            assertEquals("L", k.text("SELECT mark FROM arrivals WHERE pupil_id = 'D2'"),
                    "marked at 08:50:31, as it happened");
            assertEquals("2026-11-23", k.text("SELECT school_date FROM arrivals WHERE pupil_id = 'D2'"));
            assertEquals(5, k.count("SELECT minutes_late FROM arrivals WHERE pupil_id = 'D2'"));
            assertTrue(k.text("SELECT classified_at FROM held_scan_settlements").startsWith("2026-11-23T08:50:31"),
                    k.text("SELECT classified_at FROM held_scan_settlements"));
        }
    }

    @Test
    @DisplayName("staff cannot sign a pupil out or back in while the clock is in question, and can once they confirm it")
    void movementsWaitForTheClock() throws Exception {
        try (StaffKiosk k = StaffKiosk.checkingItsClock(dir, "2026-11-23T10:30:00")) {
            k.signInAsReceptionist();
            fillInAmeliasSignOut(k);
            assertEquals(SignOutForm.Step.CHECK,
                    assertInstanceOf(StaffScreen.SigningOut.class, k.screen()).form().step());

            // The clock jumps while the form waits for its last Enter.
            k.advance(Duration.ofSeconds(2));
            k.jump(Duration.ofHours(-2));
            k.advance(Duration.ofSeconds(1));
            k.enter();
            SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, k.screen()).form();
            assertTrue(form.problem().orElse("").startsWith("Refused, nothing recorded: the kiosk's clock is in "
                    + "question (earlier than the latest record"), form.problem().orElse(""));
            assertEquals(0, k.count("SELECT count(*) FROM movements"));

            toMenu(k);
            openAmelia(k);
            k.type("1");
            assertInstanceOf(StaffScreen.PupilPage.class, k.screen(), "no sign-out form on a doubtful clock");
            assertTrue(k.staff.view().status().orElseThrow().contains("confirm or set the time first (0 on the menu)"),
                    k.staff.view().status().orElseThrow());

            // Staff set the time; the sign-out then goes through, at the right time.
            toMenu(k);
            k.type("0");
            k.type("2");
            k.type("10:31");
            k.enter();
            toMenu(k);
            fillInAmeliasSignOut(k);
            k.enter();
            assertTrue(assertInstanceOf(StaffScreen.PupilPage.class, k.screen()).day().offSite().isPresent());
            assertEquals(TestSchools.local(StaffKiosk.DEMO, "2026-11-23T10:31:00").toString(),
                    k.text("SELECT at FROM movements").replaceAll("\\.\\d+Z$", "Z"));

            // And a return waits for the clock in the same way.
            k.jump(Duration.ofHours(-3));
            k.advance(Duration.ofSeconds(1));
            toMenu(k);
            openAmelia(k);
            k.type("2");
            assertEquals(1, k.count("SELECT count(*) FROM movements"), "no return timed by a doubtful clock");
            assertTrue(k.staff.view().status().orElseThrow().contains("refused, nothing recorded"),
                    k.staff.view().status().orElseThrow());
        }
    }

    /** Amelia to the dentist, collected by her mother, back at 11:30: the form up to its last Enter. */
    private static void fillInAmeliasSignOut(StaffKiosk k) {
        openAmelia(k);
        k.type("1");
        k.type("M");
        k.type("dentist");
        k.enter();
        k.type("1");
        k.type("y");
        k.type("11:30");
        k.enter();
    }

    private static void toMenu(StaffKiosk k) {
        for (int i = 0; i < 4 && !(k.screen() instanceof StaffScreen.Menu); i++) {
            k.key(lategate.scanner.KioskInput.Key.ESCAPE);
        }
        assertInstanceOf(StaffScreen.Menu.class, k.screen());
    }

    private static void openAmelia(StaffKiosk k) {
        k.type("1");
        k.type("amelia");
        k.enter();
        assertInstanceOf(StaffScreen.PupilPage.class, k.screen());
    }

    @Test
    @DisplayName("a clock that keeps time is never questioned, however long the kiosk runs")
    void steadyClock() throws Exception {
        try (StaffKiosk k = StaffKiosk.checkingItsClock(dir, "2026-11-23T08:30:00")) {
            for (int i = 0; i < 12; i++) {
                k.advance(Duration.ofMinutes(5));
            }
            k.jump(Duration.ofSeconds(30)); // a time server's nudge
            k.advance(Duration.ofSeconds(1));
            assertInstanceOf(KioskState.Idle.class, k.flow.state());
            k.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.PickingReason.class, k.flow.state());
            assertEquals(0, k.count("SELECT count(*) FROM clock_events"));
            Instant water = Instant.parse(k.text("SELECT latest_at FROM clock_high_water"));
            assertTrue(!water.isBefore(k.now().minus(Duration.ofMinutes(1))), "the high-water mark follows the clock");
        }
    }
}
