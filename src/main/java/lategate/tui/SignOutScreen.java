package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.util.List;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.register.TimeWords;

/** The sign-out form: what is answered so far, then the one question being asked. */
final class SignOutScreen {

    private SignOutScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, SignOutForm form, ZoneId zone) {
        StaffFrame.draw(c, staff, "Sign out: " + form.pupil().fullName() + " (" + form.pupil().className() + ")",
                "Escape: cancel, nothing recorded");
        int row = StaffFrame.FIRST_ROW;
        if (form.code().isPresent()) {
            c.left(row++, "Code:       " + form.code().get().code() + "  " + SignOutForm.codeWords(form.code().get()));
        }
        if (!form.reason().isEmpty()) {
            c.left(row++, "Reason:     " + form.reason());
        }
        if (form.collector().isPresent()) {
            c.left(row++, "Collector:  " + form.collector().get().name() + " (" + form.collector().get().relationship()
                    + "), on the list");
        } else if (!form.otherName().isEmpty()) {
            c.left(row++, "Collector:  " + form.otherName() + (form.otherRelationship().isEmpty() ? ""
                    : " (" + form.otherRelationship() + ")") + ", NOT on the list");
        }
        if (form.confirmedBy().isPresent()) {
            c.left(row++, "Confirmed:  by phone by " + form.confirmedBy().get().name());
        }
        if (form.evidenceSeen().isPresent()) {
            c.left(row++, "Evidence:   " + (form.evidenceSeen().get() ? "seen" : "not seen"));
        }
        if (form.step() == SignOutForm.Step.CHECK) {
            c.left(row++, "Back:       " + form.expectedBack().map(TimeWords.CLOCK::format).orElse("not given"));
        }
        row++;
        row = question(c, row, form);
        if (form.problem().isPresent()) {
            c.paragraph(Math.min(row + 1, StaffFrame.lastRow(c)), form.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
    }

    private static int question(Canvas c, int row, SignOutForm form) {
        String name = form.pupil().givenName();
        switch (form.step()) {
            case CODE -> {
                c.left(row++, "Why is " + name + " leaving? Press a letter:", SGR.BOLD);
                for (AttendanceCode code : SignOutForm.CODES) {
                    c.left(row++, "   " + code.code() + "   " + SignOutForm.codeWords(code));
                }
            }
            case REASON -> row = typing(c, row, "The reason in words (e.g. dentist), then Enter:", form);
            case COLLECTOR -> {
                c.left(row++, "Who is collecting " + name + "? Press a number:", SGR.BOLD);
                List<AuthorisedAdult> may = form.mayCollect();
                if (may.isEmpty()) {
                    c.left(row++, "   (nobody on " + name + "'s list may collect)");
                }
                for (int i = 0; i < may.size() && i < 9; i++) {
                    c.left(row++, "   " + (i + 1) + "   " + adult(may.get(i)));
                }
                c.left(row++, "   0   Someone else (not on the list: a parent must confirm by phone)");
            }
            case OTHER_NAME -> {
                c.left(row++, " NOT ON THE LIST: phone a parent on " + name + "'s list before " + name + " leaves ",
                        SGR.BOLD, SGR.REVERSE);
                row = typing(c, row + 1, "Who is collecting? Their name, then Enter:", form);
            }
            case OTHER_RELATIONSHIP -> row = typing(c, row, "How are they related to " + name + "? (e.g. aunt)", form);
            case CONFIRMED_BY -> {
                c.left(row++, "Which parent on the list confirmed by phone? Press a number:", SGR.BOLD);
                List<AuthorisedAdult> listed = form.listed();
                for (int i = 0; i < listed.size() && i < 9; i++) {
                    c.left(row++, "   " + (i + 1) + "   " + adult(listed.get(i)));
                }
            }
            case EVIDENCE -> c.left(row++, "Evidence seen (an appointment card or letter)? Press Y or N.", SGR.BOLD);
            case EXPECTED_BACK -> row = typing(c, row, "Expected back at (HH:MM), or Enter for none:", form);
            case CHECK -> c.left(row++, "Press Enter to sign " + name + " out, or Escape to cancel.", SGR.BOLD);
            default -> {
                // every step is drawn above
            }
        }
        return row;
    }

    private static int typing(Canvas c, int row, String prompt, SignOutForm form) {
        c.left(row++, prompt, SGR.BOLD);
        c.left(row++, "> " + form.typing() + "_", SGR.BOLD, SGR.REVERSE);
        return row;
    }

    private static String adult(AuthorisedAdult a) {
        return a.name() + " (" + a.relationship() + ")" + a.phone().map(p -> "  " + p).orElse("");
    }
}
