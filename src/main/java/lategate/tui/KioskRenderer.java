package lategate.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.time.Instant;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.scanner.ScannerMonitor;
import lategate.scanner.ScannerStatus;

/** Draws whatever state the kiosk is in, at any terminal size. */
final class KioskRenderer {

    private final School school;
    private final String idleFoot;
    private final ScannerMonitor scanners;

    KioskRenderer(School school, String kioskId, ScannerMonitor scanners) {
        this(school, kioskId, scanners, lategate.domain.badge.PrintedCodes.LATEGATE);
    }

    /**
     * {@code printed}: with the school's existing cards taken as scanned, the idle screen's foot says so
     * ("kiosk gate - badges as-is: exact match"), for staff wondering why a card is refused.
     */
    KioskRenderer(School school, String kioskId, ScannerMonitor scanners, lategate.domain.badge.PrintedCodes printed) {
        this.school = school;
        this.idleFoot = printed == lategate.domain.badge.PrintedCodes.AS_IS
                ? kioskId + " - badges " + printed.words() : kioskId;
        this.scanners = scanners;
    }

    void draw(TextGraphics g, TerminalSize size, KioskState state, Instant now) {
        drawFrame(new Canvas(g, size), state, now);
    }

    /** As the kiosk draws, keeping every put in {@code log}: for tests that look for overlapping text. */
    void draw(TextGraphics g, TerminalSize size, KioskState state, Instant now, FrameLog log) {
        drawFrame(new Canvas(g, size, log), state, now);
    }

    private void drawFrame(Canvas canvas, KioskState state, Instant now) {
        if (state instanceof KioskState.WithQueue queue) {
            draw(canvas.above(QueueStrip.rows(canvas)), queue.shown(), now); // the strip never covers the screen's words
            QueueStrip.draw(canvas, queue.queued());
        } else {
            draw(canvas, state, now);
        }
    }

    private void draw(Canvas canvas, KioskState state, Instant now) {
        if (state instanceof KioskState.Staff staff) {
            drawStaff(canvas, staff, now);
        } else if (state instanceof KioskState.PickingReason picking) {
            ReasonScreen.draw(canvas, picking, school.reasons());
        } else if (state instanceof KioskState.ExitPin pin) {
            ExitPinScreen.draw(canvas, pin, school.zone());
        } else if (state instanceof KioskState.TypingCode code) {
            IdleScreen.draw(canvas, school, now.atZone(school.zone()), idleFoot, java.util.Optional.of(code.typed()),
                    missingScanners(now));
        } else if (state instanceof KioskState.IdleClockInQuestion clock) {
            IdleScreen.draw(canvas, school, now.atZone(school.zone()), idleFoot, java.util.Optional.empty(),
                    missingScanners(now), java.util.Optional.of(clock));
        } else if (state instanceof KioskState.IdleLateBus bus) {
            IdleScreen.draw(canvas, school, now.atZone(school.zone()), idleFoot, java.util.Optional.empty(),
                    java.util.Optional.of(missingScanners(now).map(m -> bus.words() + "; " + m).orElse(bus.words())));
        } else if (state instanceof KioskState.IdleHeldScans away) {
            IdleScreen.draw(canvas, school, now.atZone(school.zone()), idleFoot, missingScanners(now), away);
        } else if (state instanceof KioskState.Timed timed) {
            MessageScreen.draw(canvas, timed, school.zone());
        } else {
            IdleScreen.draw(canvas, school, now.atZone(school.zone()), idleFoot, java.util.Optional.empty(),
                    missingScanners(now));
        }
    }

    /** A line for staff passing the idle kiosk when a serial scanner is missing; the staff menu says more. */
    private java.util.Optional<String> missingScanners(Instant now) {
        java.util.List<ScannerStatus> missing = scanners.scanners().stream()
                .filter(ScannerStatus.Missing.class::isInstance).toList();
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (missing.size() == 1) {
            return java.util.Optional.of("Staff: scanner '" + missing.get(0).name() + "' missing since "
                    + TimeWords.CLOCK.format(missing.get(0).since().atZone(school.zone())) + ": see the staff menu");
        }
        return java.util.Optional.of("Staff: " + missing.size() + " scanners missing ("
                + missing.stream().map(ScannerStatus::name).collect(java.util.stream.Collectors.joining(", "))
                + "): see the staff menu");
    }

    private void drawStaff(Canvas canvas, KioskState.Staff staff, Instant now) {
        StaffScreen screen = staff.screen();
        if (screen instanceof StaffScreen.SignInName || screen instanceof StaffScreen.SignInPin) {
            StaffSignInScreen.draw(canvas, staff);
        } else if (screen instanceof StaffScreen.FindPupil find) {
            FindPupilScreen.draw(canvas, staff, find);
        } else if (screen instanceof StaffScreen.PupilPage page) {
            PupilPageScreen.draw(canvas, staff, page.day(), now, school.zone());
        } else if (screen instanceof StaffScreen.SigningOut signingOut) {
            SignOutScreen.draw(canvas, staff, signingOut.form(), school.zone());
        } else if (screen instanceof StaffScreen.OffSite off) {
            OffSiteScreen.draw(canvas, staff, off, school.zone());
        } else if (screen instanceof StaffScreen.RollCall roll) {
            FireRollScreen.draw(canvas, staff, roll, school.zone());
        } else if (screen instanceof StaffScreen.LateBusForm form) {
            LateBusScreen.draw(canvas, staff, form, school.zone());
        } else if (screen instanceof StaffScreen.CollectReasons collect) {
            CollectReasonsScreen.draw(canvas, staff, collect, school.reasons(), school.zone());
        } else if (screen instanceof StaffScreen.Claims claims) {
            ClaimsScreen.draw(canvas, staff, claims, school.zone());
        } else if (screen instanceof StaffScreen.LateBook book) {
            LateBookScreen.draw(canvas, staff, book, school.zone());
        } else if (screen instanceof StaffScreen.Amending amending) {
            AmendScreen.draw(canvas, staff, amending.form(), school.zone());
        } else if (screen instanceof StaffScreen.ScanLog log) {
            ScanLogScreen.draw(canvas, staff, log, school.zone());
        } else if (screen instanceof StaffScreen.LateBusAmend bus) {
            LateBusAmendScreen.draw(canvas, staff, bus.form(), school.zone());
        } else if (screen instanceof StaffScreen.LatenessTable table) {
            LatenessTableScreen.draw(canvas, staff, table);
        } else if (screen instanceof StaffScreen.LatenessPupil page) {
            LatenessPupilScreen.draw(canvas, staff, page, page.table().review().hasLadder(), school.zone());
        } else if (screen instanceof StaffScreen.LatenessHeatmap map) {
            LatenessHeatmapScreen.draw(canvas, staff, map, school.calendar());
        } else if (screen instanceof StaffScreen.LatenessPatterns patterns) {
            LatenessPatternsScreen.draw(canvas, staff, patterns);
        } else if (screen instanceof StaffScreen.ClockCheck check) {
            ClockCheckScreen.draw(canvas, staff, check, school.zone());
        } else if (screen instanceof StaffScreen.Menu menu) {
            StaffMenuScreen.draw(canvas, staff, menu);
        }
    }
}
