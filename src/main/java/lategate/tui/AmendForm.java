package lategate.tui;

import java.util.Objects;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.domain.codes.AttendanceCode;

/**
 * Amending one pupil's entry at the kiosk, one question at a time, as {@code lategate amend pupil}
 * takes them: the new code (or the same), a late reason, why the entry is changed, and what was
 * seen when the code becomes M. A value: each answer makes a new form.
 *
 * @param entry   the Late Book's line being amended, as it stands
 * @param typing  what is typed so far for the question on show
 * @param problem why the last answer was not taken, or why saving was refused
 */
record AmendForm(LateBookEntry entry, Step step, Optional<AttendanceCode> code, Optional<String> lateReason,
                 String why, Optional<String> evidence, String typing, Optional<String> problem) {

    /** The questions in the order asked; EVIDENCE only when the code becomes M. */
    enum Step {
        CODE, LATE_REASON, WHY, EVIDENCE, CHECK
    }

    AmendForm {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lateReason, "lateReason");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(typing, "typing");
        Objects.requireNonNull(problem, "problem");
    }

    static AmendForm of(LateBookEntry entry) {
        return new AmendForm(entry, Step.CODE, Optional.empty(), Optional.empty(), "", Optional.empty(), "",
                Optional.empty());
    }

    /** The code the entry will have: the one chosen, else the one it has. */
    AttendanceCode amendedCode() {
        return code.orElse(entry.entry().code());
    }

    AmendForm typing(String text) {
        return new AmendForm(entry, step, code, lateReason, why, evidence, text, Optional.empty());
    }

    AmendForm problem(String words) {
        return new AmendForm(entry, step, code, lateReason, why, evidence, typing, Optional.of(words));
    }

    AmendForm withCode(Optional<AttendanceCode> chosen) {
        return new AmendForm(entry, Step.LATE_REASON, chosen, lateReason, why, evidence,
                lateReason.orElse(""), Optional.empty());
    }

    AmendForm withLateReason(Optional<String> reason) {
        return new AmendForm(entry, Step.WHY, code, reason, why, evidence, why, Optional.empty());
    }

    AmendForm withWhy(String text) {
        boolean askEvidence = amendedCode() == AttendanceCode.M && amendedCode() != entry.entry().code();
        return new AmendForm(entry, askEvidence ? Step.EVIDENCE : Step.CHECK, code, lateReason, text,
                askEvidence ? evidence : Optional.empty(), askEvidence ? evidence.orElse("") : "", Optional.empty());
    }

    AmendForm withEvidence(Optional<String> seen) {
        return new AmendForm(entry, Step.CHECK, code, lateReason, why, seen, "", Optional.empty());
    }

    /** One question back, what was answered there typed again. */
    Optional<AmendForm> back() {
        return switch (step) {
            case CODE -> Optional.empty();
            case LATE_REASON -> Optional.of(new AmendForm(entry, Step.CODE, code, lateReason, why, evidence,
                    code.map(AttendanceCode::code).orElse(""), Optional.empty()));
            case WHY -> Optional.of(new AmendForm(entry, Step.LATE_REASON, code, lateReason, why, evidence,
                    lateReason.orElse(""), Optional.empty()));
            case EVIDENCE -> Optional.of(new AmendForm(entry, Step.WHY, code, lateReason, why, evidence, why,
                    Optional.empty()));
            case CHECK -> Optional.of(amendedCode() == AttendanceCode.M && amendedCode() != entry.entry().code()
                    ? new AmendForm(entry, Step.EVIDENCE, code, lateReason, why, evidence, evidence.orElse(""),
                    Optional.empty())
                    : new AmendForm(entry, Step.WHY, code, lateReason, why, evidence, why, Optional.empty()));
        };
    }
}
