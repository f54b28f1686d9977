package lategate.tui;

import com.googlecode.lanterna.SGR;
import java.time.ZoneId;
import java.util.List;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.CollectionRule;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.register.TimeWords;

/** The sign-out form: what is answered so far, then the one question being asked. */
final class SignOutScreen {

    private SignOutScreen() {
    }

    static void draw(Canvas c, KioskState.Staff staff, SignOutForm form, ZoneId zone) {
        StaffFrame.draw(c, staff, "Sign out: " + form.pupil().fullName() + " (" + form.pupil().className() + ")",
                "Escape: cancel, nothing recorded");
        int row = doNotRelease(c, StaffFrame.FIRST_ROW, form);
        List<String> answers = new java.util.ArrayList<>();
        if (form.code().isPresent()) {
            answers.add("Code:       " + form.code().get().code() + "  " + SignOutForm.codeWords(form.code().get()));
        }
        if (!form.reason().isEmpty()) {
            answers.add("Reason:     " + form.reason());
        }
        if (form.collector().isPresent()) {
            answers.add("Collector:  " + form.collector().get().name() + " (" + form.collector().get().relationship()
                    + "), on the list");
        } else if (!form.otherName().isEmpty()) {
            answers.add("Collector:  " + form.otherName() + (form.otherRelationship().isEmpty() ? ""
                    : " (" + form.otherRelationship() + ")") + ", NOT on the list");
        }
        if (form.confirmedBy().isPresent()) {
            answers.add("Confirmed:  by phone by " + form.confirmedBy().get().name());
        }
        if (form.evidenceSeen().isPresent()) {
            answers.add("Evidence:   " + (form.evidenceSeen().get() ? "seen" : "not seen"));
        }
        if (form.step() == SignOutForm.Step.CHECK) {
            answers.add("Back:       " + form.expectedBack().map(TimeWords.CLOCK::format).orElse("not given"));
        }
        // The question being asked always shows whole; on a short screen the blank lines go, then the
        // oldest answers (the check step shows the last ones, nearest the question).
        int free = StaffFrame.lastRow(c) - row + 1 - questionRows(form);
        boolean tight = answers.size() + 1 > free;
        if (tight && !form.mayNotCollect().isEmpty()) {
            row--;
            free++;
        }
        int shown = tight ? Math.max(0, Math.min(answers.size(), free)) : answers.size();
        for (String answer : answers.subList(answers.size() - shown, answers.size())) {
            c.left(row++, answer);
        }
        if (!tight) {
            row++;
        }
        row = question(c, row, form);
        if (form.problem().isPresent()) {
            c.paragraph(Math.min(row + 1, StaffFrame.lastRow(c)), form.problem().get(), SGR.BOLD, SGR.REVERSE);
        }
    }

    /** The rows {@link #question} takes for the form's step. */
    private static int questionRows(SignOutForm form) {
        return switch (form.step()) {
            case CODE -> 1 + SignOutForm.CODES.size();
            case REASON, OTHER_RELATIONSHIP, EXPECTED_BACK -> 2;
            case COLLECTOR -> 2 + (form.mayCollect().isEmpty() ? 1 : Math.min(9, form.mayCollect().size()));
            case OTHER_NAME -> 4;
            case CONFIRMED_BY -> 1 + Math.min(9, form.mayConfirm().size());
            default -> 1;
        };
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
                List<AuthorisedAdult> may = form.mayConfirm();
                for (int i = 0; i < may.size() && i < 9; i++) {
                    c.left(row++, "   " + (i + 1) + "   " + adult(may.get(i)));
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

    /** Rows of the warnings, at most, before the rest are counted on one more. */
    static final int MOST_WARNINGS = 3;

    /**
     * Every adult listed as may not collect, on every question, each on a full-width line in
     * reverse video that no one can miss (docs/domain.md, "Safeguarding at sign-out"): "DO NOT
     * RELEASE to Gran (grandmother): listed as may not collect". Adults marked do not release come
     * first, saying the pupil is never to be given to them. Returns the row after them.
     */
    private static int doNotRelease(Canvas c, int row, SignOutForm form) {
        List<AuthorisedAdult> mayNot = form.mayNotCollect();
        int shown = mayNot.size() <= MOST_WARNINGS ? mayNot.size() : MOST_WARNINGS - 1;
        for (int i = 0; i < shown; i++) {
            AuthorisedAdult a = mayNot.get(i);
            if (a.doNotRelease()) {
                // two lines, so the instruction is never cut off at the screen's edge
                c.left(row++, StaffFrame.row(c, " DO NOT RELEASE to " + a.name() + " (" + a.relationship()
                        + "): NEVER to be given the pupil"), SGR.BOLD, SGR.REVERSE);
                c.left(row++, StaffFrame.row(c, "   court order or safeguarding instruction: keep the pupil, tell "
                        + "the DSL now"), SGR.BOLD, SGR.REVERSE);
            } else {
                c.left(row++, StaffFrame.row(c, " " + CollectionRule.doNotRelease(a)), SGR.BOLD, SGR.REVERSE);
            }
        }
        if (shown < mayNot.size()) {
            c.left(row++, StaffFrame.row(c, " DO NOT RELEASE to " + (mayNot.size() - shown) + " more listed as may not "
                    + "collect: see the pupil's contacts"), SGR.BOLD, SGR.REVERSE);
        }
        return mayNot.isEmpty() ? row : row + 1;
    }

    private static int typing(Canvas c, int row, String prompt, SignOutForm form) {
        c.left(row++, prompt, SGR.BOLD);
        c.left(row++, "> " + form.typing() + "_", SGR.BOLD, SGR.REVERSE);
        return row;
    }

    /**
     * An adult to pick, with PR (parental responsibility) where the contacts say, and every phone with its
     * label, so staff can ring another number.
     */
    private static String adult(AuthorisedAdult a) {
        return a.name() + " (" + a.relationship() + a.parentalResponsibility().map(yes -> yes ? ", PR" : ", no PR")
                .orElse("") + ")" + (a.phones().isEmpty() ? "" : "  " + a.phonesInWords());
    }
}
