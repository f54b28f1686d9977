package lategate.domain.audit;

import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.CodeRules;
import lategate.domain.codes.StatisticalCategory;
import lategate.domain.register.Register;

/**
 * What an amendment of a late mark may set, each rule a named answer with its reason: staff
 * correct a late entry to another attending or absence code, the present code of its own session
 * ({@link CodeRules.PresentCodeForTheSession}), or a not-counted code that describes one pupil's
 * circumstances ({@link CodeRules.OnePupilsCircumstance}); they cannot make it one of the other
 * not-counted codes, which describe whole-school situations or pupils not on the roll.
 */
public final class AmendmentRules {

    private AmendmentRules() {
    }

    /** Why the change cannot be made, if it cannot. */
    public static Optional<String> refusal(Register register, AttendanceCode original, AttendanceCode amended,
                                           Optional<String> lateReason, String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("an amendment needs a reason (the 2024 regulations: every amendment records why it was made)");
        }
        if (original == amended && lateReason.filter(r -> !r.isBlank()).isEmpty()) {
            return Optional.of("the entry is already " + amended.code() + " and no late reason is set: nothing "
                    + "to amend");
        }
        Optional<String> wrongSession = CodeRules.PresentCodeForTheSession.refusal(amended, register);
        if (wrongSession.isPresent()) {
            return wrongSession;
        }
        if (amended.category() == StatisticalCategory.NOT_COUNTED
                && !CodeRules.OnePupilsCircumstance.describes(amended)) {
            return Optional.of(amended.code() + " (" + amended.meaning() + ") is not counted as a possible "
                    + "session and cannot replace a pupil's own entry here");
        }
        return Optional.empty();
    }
}
