package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import lategate.app.PupilWords;
import lategate.domain.pupil.Pupil;

/**
 * One message for the pupil, large and plain, until it times out. The pupil's name, the message and
 * what to do next are one group, centred on the screen at any size, so the words that go together
 * are read together.
 */
final class MessageScreen {

    /** A serial scanner's fault: the pupil did nothing wrong, and nothing was marked. */
    static final String MISREAD = "The scanner misread that: please scan your badge again.";

    private static final String TO_CLASS = "Go to class now.";

    private MessageScreen() {
    }

    static void draw(Canvas c, KioskState.Timed state, ZoneId zone) {
        Group group = new Group(c);
        if (state instanceof KioskState.OnTime s) {
            group.name(s.pupil()).box("You're on time: go straight to class.", SGR.BOLD);
        } else if (state instanceof KioskState.AlreadySignedIn s) {
            group.name(s.pupil()).box(PupilWords.alreadySignedIn(s.first(), zone), SGR.BOLD);
        } else if (state instanceof KioskState.WelcomeBack s) {
            group.name(s.pupil()).box(PupilWords.welcomeBack(s.pupil().givenName()), SGR.BOLD);
        } else if (state instanceof KioskState.NotRecognised s) {
            group.box(s.words(), SGR.BOLD, SGR.REVERSE);
        } else if (state instanceof KioskState.NothingToMark s) {
            group.name(s.pupil()).box(PupilWords.markInWords(s.classification()), SGR.BOLD);
        } else if (state instanceof KioskState.HeldForClockCheck s) {
            group.name(s.pupil()).box(PupilWords.heldForClockCheck(), SGR.BOLD).gap().line(TO_CLASS);
        } else if (state instanceof KioskState.HeldAside s) {
            s.pupil().ifPresent(group::name);
            group.box(PupilWords.heldAside(lategate.domain.register.TimeWords.CLOCK.format(
                    s.scannedAt().atZone(zone))), SGR.BOLD).gap().line(TO_CLASS);
        } else if (state instanceof KioskState.Misread) {
            group.box(MISREAD, SGR.BOLD, SGR.REVERSE);
        } else if (state instanceof KioskState.NotSaved) {
            group.box(PupilWords.notSaved(), SGR.BOLD, SGR.REVERSE);
        } else if (state instanceof KioskState.OnLateBus s) {
            group.line("Thank you, " + s.pupil().givenName() + ", " + s.pupil().className() + ".").gap()
                    .box(PupilWords.onLateBus(s.classification(), s.route()), SGR.BOLD).gap().line(TO_CLASS);
        } else if (state instanceof KioskState.Thanks s) {
            group.line("Thank you, " + s.pupil().givenName() + ".").gap()
                    .box(s.reasonLabel().map(l -> "Reason: " + l).orElse("No reason given."), SGR.BOLD);
            if (s.toConfirm()) {
                group.paragraph("The office will check this with your family.");
            }
            group.gap().line(TO_CLASS);
        }
        group.draw();
    }

    /**
     * Parts drawn one under another, the whole centred top to bottom; on a screen too short for it,
     * the blank rows between parts go first, so no words are lost that would fit.
     */
    private static final class Group {

        private record Part(int rows, boolean blank, IntConsumer draw) {
        }

        private final Canvas c;
        private final List<Part> parts = new ArrayList<>();

        Group(Canvas c) {
            this.c = c;
        }

        Group name(Pupil pupil) {
            return line(pupil.givenName() + ", " + pupil.className()).gap();
        }

        Group line(String text) {
            parts.add(new Part(1, false, row -> c.centre(row, text, SGR.BOLD)));
            return this;
        }

        Group paragraph(String text) {
            parts.add(new Part(c.paragraphRows(text), false, row -> c.paragraph(row, text)));
            return this;
        }

        Group box(String text, SGR... styles) {
            parts.add(new Part(c.boxRows(text), false, row -> c.box(row, text, styles)));
            return this;
        }

        Group gap() {
            parts.add(new Part(1, true, row -> { }));
            return this;
        }

        void draw() {
            int rows = parts.stream().mapToInt(Part::rows).sum();
            boolean gaps = rows <= c.height();
            if (!gaps) {
                rows -= parts.stream().filter(Part::blank).count();
            }
            int row = Math.max(0, (c.height() - rows) / 2);
            for (Part part : parts) {
                if (part.blank() && !gaps) {
                    continue;
                }
                part.draw().accept(row);
                row += part.rows();
            }
        }
    }
}
