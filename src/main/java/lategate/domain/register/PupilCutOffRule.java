package lategate.domain.register;

import java.util.Objects;
import java.util.Optional;

/**
 * Which way a school may move one pupil's cut-off. A policy that lets a school "amend the cut-off
 * point for that pupil" may mean a later close (late local-authority transport) or an earlier one
 * (to help a pupil's punctuality): the school's settings say whether an earlier close is allowed
 * ({@code [cutoffs] earlier_allowed}), and the section of its policy that says so ({@code [cutoffs]
 * source}). A later close is always allowed, within the day ({@link RegisterTimetable#problemWith}).
 *
 * @param earlierAllowed whether a pupil's cut-off may close before the register's own close
 * @param citation how messages cite the school's policy on pupils' cut-offs, e.g. "Attendance Policy §8"
 */
public record PupilCutOffRule(boolean earlierAllowed, String citation) {

    /** The settings key that allows an earlier close, as every refusal names it. */
    public static final String EARLIER_SETTING = "[cutoffs] earlier_allowed = true";

    public PupilCutOffRule {
        Objects.requireNonNull(citation, "citation");
    }

    /** Why {@code cutOff} may not be recorded under {@code timetable}, if it may not. */
    public Optional<String> refusal(RegisterTimetable timetable, PupilCutOff cutOff) {
        RegisterWindow window = timetable.window(cutOff.register());
        if (cutOff.closes().equals(window.closes())) {
            return Optional.of("a pupil's cut-off at " + cutOff.closes() + " is the " + window.register().words()
                    + " register's own close: it changes nothing");
        }
        if (cutOff.closes().isAfter(window.closes())) {
            return timetable.problemWith(cutOff);
        }
        if (!earlierAllowed) {
            return Optional.of("a pupil's cut-off at " + cutOff.closes() + " is earlier than the "
                    + window.register().words() + " register's own close at " + window.closes() + ": an earlier close "
                    + "for one pupil is allowed only where the school's settings say " + EARLIER_SETTING + " ("
                    + citation + "); without it a pupil's cut-off may only be later");
        }
        if (!cutOff.closes().isAfter(window.taken())) {
            return Optional.of("a pupil's cut-off at " + cutOff.closes() + " must be after the "
                    + window.register().words() + " register is taken at " + window.taken());
        }
        return Optional.empty();
    }
}
