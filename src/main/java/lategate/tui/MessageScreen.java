package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import lategate.app.PupilWords;

/** One message for the pupil, large and plain, until it times out. */
final class MessageScreen {

    /** A serial scanner's fault: the pupil did nothing wrong, and nothing was marked. */
    static final String MISREAD = "The scanner misread that: please scan your badge again.";

    private MessageScreen() {
    }

    static void draw(Canvas c, KioskState.Timed state, ZoneId zone) {
        int row = Math.max(1, c.height() / 2 - 4);
        if (state instanceof KioskState.OnTime s) {
            c.centre(row, s.pupil().givenName() + ", " + s.pupil().className(), SGR.BOLD);
            c.box(row + 2, "You're on time: go straight to class.", SGR.BOLD);
        } else if (state instanceof KioskState.AlreadySignedIn s) {
            c.centre(row, s.pupil().givenName() + ", " + s.pupil().className(), SGR.BOLD);
            c.box(row + 2, PupilWords.alreadySignedIn(s.first(), zone), SGR.BOLD);
        } else if (state instanceof KioskState.WelcomeBack s) {
            c.centre(row, s.pupil().givenName() + ", " + s.pupil().className(), SGR.BOLD);
            c.box(row + 2, PupilWords.welcomeBack(s.pupil().givenName()), SGR.BOLD);
        } else if (state instanceof KioskState.NotRecognised s) {
            c.box(row + 2, s.words(), SGR.BOLD, SGR.REVERSE);
        } else if (state instanceof KioskState.NothingToMark s) {
            c.centre(row, s.pupil().givenName() + ", " + s.pupil().className(), SGR.BOLD);
            c.box(row + 2, PupilWords.markInWords(s.classification()), SGR.BOLD);
        } else if (state instanceof KioskState.HeldForClockCheck s) {
            c.centre(row, s.pupil().givenName() + ", " + s.pupil().className(), SGR.BOLD);
            int next = c.box(row + 2, PupilWords.heldForClockCheck(), SGR.BOLD);
            c.centre(next + 1, "Go to class now.", SGR.BOLD);
        } else if (state instanceof KioskState.HeldAside s) {
            s.pupil().ifPresent(p -> c.centre(row, p.givenName() + ", " + p.className(), SGR.BOLD));
            int next = c.box(row + 2, PupilWords.heldAside(lategate.domain.register.TimeWords.CLOCK.format(
                    s.scannedAt().atZone(zone))), SGR.BOLD);
            c.centre(next + 1, "Go to class now.", SGR.BOLD);
        } else if (state instanceof KioskState.Misread) {
            c.box(row + 2, MISREAD, SGR.BOLD, SGR.REVERSE);
        } else if (state instanceof KioskState.NotSaved) {
            c.box(row + 2, PupilWords.notSaved(), SGR.BOLD, SGR.REVERSE);
        } else if (state instanceof KioskState.OnLateBus s) {
            c.centre(row, "Thank you, " + s.pupil().givenName() + ", " + s.pupil().className() + ".", SGR.BOLD);
            int next = c.box(row + 2, PupilWords.onLateBus(s.classification(), s.route()), SGR.BOLD);
            c.centre(next + 1, "Go to class now.", SGR.BOLD);
        } else if (state instanceof KioskState.Thanks s) {
            c.centre(row, "Thank you, " + s.pupil().givenName() + ".", SGR.BOLD);
            int next = c.box(row + 2, s.reasonLabel().map(l -> "Reason: " + l).orElse("No reason given."), SGR.BOLD);
            if (s.toConfirm()) {
                c.paragraph(next, "The office will check this with your family.");
                next += 1;
            }
            c.centre(next + 1, "Go to class now.", SGR.BOLD);
        }
    }
}
