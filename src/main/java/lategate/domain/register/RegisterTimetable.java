package lategate.domain.register;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A school's two register windows, the grace after each close (policies conflict on it, so it is
 * the school's setting: docs/domain.md, "Register windows") and the end of the school day, after which an arrival is
 * not classified.
 */
public record RegisterTimetable(RegisterWindow morning, RegisterWindow afternoon, Duration graceAfterClose,
                                LocalTime dayEnds) {

    public RegisterTimetable {
        Objects.requireNonNull(morning, "morning");
        Objects.requireNonNull(afternoon, "afternoon");
        Objects.requireNonNull(graceAfterClose, "graceAfterClose");
        Objects.requireNonNull(dayEnds, "dayEnds");
        if (morning.register() != Register.AM || afternoon.register() != Register.PM) {
            throw new IllegalArgumentException("the morning window must be AM and the afternoon window PM");
        }
        if (graceAfterClose.isNegative()) {
            throw new IllegalArgumentException("the grace after close cannot be negative: " + graceAfterClose);
        }
        List<TimetableProblem> problems = problems(morning, afternoon, graceAfterClose, dayEnds);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(TimetableProblem::message)
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * Everything that stops these times making one school day, each against the time to change.
     * The settings file reports these with its own file and line, and the constructor refuses the
     * same ones, so the two cannot disagree about what a valid day is.
     */
    public static List<TimetableProblem> problems(RegisterWindow morning, RegisterWindow afternoon,
                                                  Duration graceAfterClose, LocalTime dayEnds) {
        List<TimetableProblem> problems = new ArrayList<>();
        String grace = graceAfterClose.isZero() ? "" : " plus " + graceAfterClose.toMinutes() + " minutes' grace";
        // LocalTime wraps at midnight, so a close plus grace that comes out earlier than the close
        // has run past midnight: that is a clash too, not an early time.
        LocalTime morningU = morning.closes().plus(graceAfterClose);
        if (afternoon.taken().isBefore(morningU) || morningU.isBefore(morning.closes())) {
            problems.add(new TimetableProblem(TimetableProblem.Field.AFTERNOON_TAKEN,
                    "the afternoon register is taken at " + afternoon.taken() + ", before the morning register closes at "
                            + morning.closes() + grace + ": the registers overlap"));
        }
        LocalTime afternoonU = afternoon.closes().plus(graceAfterClose);
        if (!dayEnds.isAfter(afternoonU) || afternoonU.isBefore(afternoon.closes())) {
            problems.add(new TimetableProblem(TimetableProblem.Field.DAY_ENDS, "the school day ends at " + dayEnds
                    + ", not after the afternoon register closes at " + afternoon.closes() + grace));
        }
        return problems;
    }

    /**
     * Why a pupil's later cut-off cannot apply here, if it cannot: it must close later than the school's
     * close, and, with the grace, before the next register is taken (or the day ends). An earlier
     * one is {@link PupilCutOffRule}'s to decide.
     */
    public Optional<String> problemWith(PupilCutOff cutOff) {
        RegisterWindow window = window(cutOff.register());
        if (!cutOff.closes().isAfter(window.closes())) {
            return Optional.of("a pupil's cut-off must be later than the " + window.register().words()
                    + " register's own close at " + window.closes() + ", not " + cutOff.closes());
        }
        LocalTime limit = cutOff.register() == Register.AM ? afternoon.taken() : dayEnds;
        LocalTime uFrom = cutOff.closes().plus(graceAfterClose);
        if (uFrom.isAfter(limit) || uFrom.isBefore(cutOff.closes())) {
            return Optional.of("a " + window.register().words() + " cut-off at " + cutOff.closes() + " with "
                    + graceAfterClose.toMinutes() + " minutes' grace runs past "
                    + (cutOff.register() == Register.AM ? "the afternoon register at " : "the end of the day at ")
                    + limit);
        }
        return Optional.empty();
    }

    public RegisterWindow window(Register register) {
        return register == Register.AM ? morning : afternoon;
    }

    /** The register an arrival at this local time is marked against: the afternoon once it is taken. */
    public RegisterWindow windowFor(LocalTime time) {
        return time.isBefore(afternoon.taken()) ? morning : afternoon;
    }
}
