package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lategate.scanner.KioskInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amending from staff mode, through the same amendments as {@code lategate amend}: every amendment
 * keeps the original, the reason, the date and who made it (Oak Meadow §7, PSA §H, KTS §4.1; the 2024
 * regulations); / only in the morning (CodeRules, the 2024 regulations' codes per session); M only
 * with what was seen where the school asks (Attendance Policy §12.2, the kiosk's settings here).
 * A receptionist may amend, as on the command line (AccessPolicy leaves amending to every member of staff).
 */
class AmendOnTheKioskTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    /** Monday 09:00: Amelia (4B) L at 08:57; Zoë (5A) U at 09:12; Oliver (6O) U at 09:14. */
    private void aMorning() {
        kiosk = new StaffKiosk(dir, "2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0001"));
        kiosk.type("2");
        kiosk.advance(Duration.ofMinutes(15));
        kiosk.scan(printed("DEMO0002"));
        kiosk.type("2");
        kiosk.advance(Duration.ofMinutes(2));
        kiosk.scan(printed("DEMO0003"));
        kiosk.type("2");
        kiosk.advance(Duration.ofMinutes(20));
    }

    private Drawn drawn(int columns, int rows) throws Exception {
        kiosk.staff.viewport(columns, rows);
        return Drawn.of(kiosk.school, kiosk.flow.state(), columns, rows, kiosk.now());
    }

    /** The screen on show at 40x12, 80x24 and 200x60: no text drawn over other text, none off the screen. */
    private void fitsEverySize() throws Exception {
        for (int[] size : new int[][]{{40, 12}, {80, 24}, {200, 60}}) {
            Drawn d = drawn(size[0], size[1]);
            assertEquals(List.of(), d.overlaps(1), size[0] + "x" + size[1] + ":\n" + d.text());
            assertTrue(!d.spills(), size[0] + "x" + size[1] + ":\n" + d.text());
        }
    }

    private AmendForm form() {
        return assertInstanceOf(StaffScreen.Amending.class, kiosk.screen()).form();
    }

    @Test
    @DisplayName("Enter on a Late Book row amends that pupil: code, late reason, why, evidence for M, checked before it is saved")
    void amendFromTheLateBook() throws Exception {
        aMorning();
        kiosk.signInAsReceptionist();
        kiosk.type("6");
        kiosk.key(KioskInput.Key.DOWN);
        kiosk.enter();
        assertEquals("D2", form().entry().entry().pupilId());
        Drawn small = drawn(40, 12);
        assertTrue(small.shows("Zoë Nguyễn") && small.shows("New code"), small.text());
        assertEquals(List.of(), small.overlaps(1), small.text());

        kiosk.type("\\");
        kiosk.enter();
        assertTrue(form().problem().orElseThrow().contains("afternoon"), "\\ is the afternoon's present code: "
                + form().problem());
        kiosk.key(KioskInput.Key.BACKSPACE);
        fitsEverySize();
        kiosk.type("m");
        kiosk.enter();
        fitsEverySize();
        kiosk.enter(); // no late reason
        kiosk.enter();
        assertTrue(form().problem().isPresent(), "an amendment needs a reason");
        fitsEverySize();
        kiosk.type("dentist");
        kiosk.enter();
        assertEquals(AmendForm.Step.EVIDENCE, form().step());
        fitsEverySize();
        kiosk.enter(); // nothing seen
        assertEquals(AmendForm.Step.CHECK, form().step());
        fitsEverySize();
        Drawn check = drawn(80, 24);
        assertTrue(check.shows("Code: U -> M") && check.shows("Why: dentist"), check.text());
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendments"), "nothing is written before Enter on the check");
        kiosk.enter();
        assertTrue(form().problem().orElseThrow().contains("Refused, nothing recorded"),
                "M without what was seen is refused, as on the command line: " + form().problem());
        fitsEverySize();
        assertTrue(drawn(40, 12).shows("Refused, nothing"), "the refusal is read even at 40x12:\n"
                + drawn(40, 12).text());
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendments"));

        kiosk.key(KioskInput.Key.ESCAPE); // back to the evidence
        kiosk.type("appointment card");
        kiosk.enter();
        kiosk.enter();
        StaffScreen.LateBook book = assertInstanceOf(StaffScreen.LateBook.class, kiosk.screen());
        assertEquals("M", book.entries().get(1).entry().code().code(), "the book read again shows the entry as it stands");
        assertTrue(kiosk.staff.view().status().orElseThrow().contains("amended Zoë Nguyễn (5A), morning: U -> M"),
                kiosk.staff.view().status().toString());
        assertEquals(1, kiosk.count("SELECT count(*) FROM amendments WHERE pupil_id = 'D2' AND original_code = 'U' "
                + "AND amended_code = 'M' AND reason = 'dentist' AND evidence = 'appointment card' "
                + "AND amended_by = 'Jo Bloggs' AND position = 'Office Manager'"));
        assertEquals("U", kiosk.text("SELECT mark FROM arrivals WHERE pupil_id = 'D2'"), "the original stays");
    }

    @Test
    @DisplayName("a late bus: Space ticks pupils from today's arrivals, the preview names them with their class, Enter writes")
    void lateBusByTicks() throws Exception {
        aMorning();
        kiosk.signInAsReceptionist();
        kiosk.type("8");
        LateBusAmendForm form = assertInstanceOf(StaffScreen.LateBusAmend.class, kiosk.screen()).form();
        assertEquals(3, form.arrivals().size());
        kiosk.key(KioskInput.Key.DOWN);
        kiosk.type(" ");
        kiosk.key(KioskInput.Key.DOWN);
        kiosk.type(" ");
        assertEquals(List.of(false, true, true), assertInstanceOf(StaffScreen.LateBusAmend.class, kiosk.screen()).form()
                .ticked());
        assertEquals(List.of(), drawn(40, 12).overlaps(1), drawn(40, 12).text());
        kiosk.enter();
        kiosk.type("Late bus (route 12)");
        kiosk.enter();
        kiosk.type("bus company confirmed the delay");
        kiosk.enter();
        form = assertInstanceOf(StaffScreen.LateBusAmend.class, kiosk.screen()).form();
        assertEquals(LateBusAmendForm.Step.PREVIEW, form.step());
        assertEquals(List.of("Zoë Nguyễn (5A), morning: U -> U, late reason 'Late bus (route 12)'",
                "Oliver Smith (6O), morning: U -> U, late reason 'Late bus (route 12)'"), form.preview());
        Drawn preview = drawn(80, 24);
        assertTrue(preview.shows("2 pupils will change") && preview.shows("Oliver Smith (6O)"), preview.text());
        assertEquals(List.of(), preview.overlaps(1), preview.text());
        assertEquals(List.of(), drawn(40, 12).overlaps(1), drawn(40, 12).text());
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendments"), "the preview writes nothing");

        kiosk.enter();
        assertInstanceOf(StaffScreen.LateBook.class, kiosk.screen());
        assertEquals(2, kiosk.count("SELECT count(*) FROM amendments WHERE late_reason = 'Late bus (route 12)' "
                + "AND batch_id IS NOT NULL AND amended_by = 'Jo Bloggs'"));
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendments WHERE pupil_id = 'D1'"), "Amelia was not ticked");
    }

    @Test
    @DisplayName("a late bus by kiosk and time window: the preview is everyone late there then; Escape backs out with nothing written")
    void lateBusByWindow() throws Exception {
        aMorning();
        kiosk.signInAsReceptionist();
        kiosk.type("8");
        kiosk.type("w");
        fitsEverySize();
        kiosk.enter(); // this kiosk, "reception", as offered
        kiosk.type("09:10");
        kiosk.enter();
        kiosk.type("09:20");
        kiosk.enter();
        kiosk.type("Late bus");
        kiosk.enter();
        kiosk.type("bus company");
        fitsEverySize();
        kiosk.enter();
        fitsEverySize();
        LateBusAmendForm form = assertInstanceOf(StaffScreen.LateBusAmend.class, kiosk.screen()).form();
        assertEquals(2, form.preview().size(), form.preview().toString());
        assertTrue(form.preview().get(0).startsWith("Zoë Nguyễn (5A)"), form.preview().toString());
        for (int i = 0; i < 7; i++) {
            kiosk.key(KioskInput.Key.ESCAPE);
        }
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendments"));
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendment_batches"), "no batch is left behind");
    }
}
