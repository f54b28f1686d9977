package lategate.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterTimetable;
import lategate.domain.register.RegisterWindow;
import lategate.domain.register.RegisterWindowGuidance;
import lategate.domain.register.TimetableProblem;

/**
 * Reads the {@code [registers]} and {@code [day]} tables of a settings file into the register
 * timetable: the domain decides what a valid day is; this says where in the file it went wrong.
 */
final class TimetableReading {

    private TimetableReading() {
    }

    static Optional<RegisterTimetable> read(Section root) {
        Optional<Section> registers = root.table("registers", true);
        Optional<Section> am = Optional.empty();
        Optional<Section> pm = Optional.empty();
        if (registers.isPresent()) {
            registers.get().allowOnly(Set.of("am", "pm"));
            am = registers.get().table("am", true);
            pm = registers.get().table("pm", true);
        }
        Optional<RegisterWindow> morning = am.isPresent() ? window(am.get(), Register.AM) : Optional.empty();
        Optional<RegisterWindow> afternoon = pm.isPresent() ? window(pm.get(), Register.PM) : Optional.empty();

        Optional<Section> day = root.table("day", true);
        Optional<LocalTime> ends = Optional.empty();
        Optional<Long> grace = Optional.empty();
        if (day.isPresent()) {
            day.get().allowOnly(Set.of("ends", "grace_after_close_minutes"));
            ends = day.get().time("ends", true);
            grace = day.get().integer("grace_after_close_minutes", true, 0, 240);
        }
        if (morning.isEmpty() || afternoon.isEmpty() || ends.isEmpty() || grace.isEmpty()) {
            return Optional.empty();
        }
        // The domain decides what a valid day is; this file only says where in the file it went wrong.
        Duration graceAfterClose = Duration.ofMinutes(grace.get());
        List<TimetableProblem> clashes = RegisterTimetable.problems(morning.get(), afternoon.get(), graceAfterClose,
                ends.get());
        for (TimetableProblem clash : clashes) {
            if (clash.field() == TimetableProblem.Field.AFTERNOON_TAKEN) {
                pm.get().problem("taken", clash.message());
            } else {
                day.get().problem("ends", clash.message());
            }
        }
        // The national guidance on how long registers stay open: said, never refused, since the mark
        // follows the school's policy.
        if (clashes.isEmpty()) {
            for (RegisterWindowGuidance.Concern concern : RegisterWindowGuidance.concerns(morning.get(),
                    afternoon.get())) {
                (concern.register() == Register.AM ? am : pm).get().warning("closes", concern.message());
            }
        }
        return clashes.isEmpty()
                ? Optional.of(new RegisterTimetable(morning.get(), afternoon.get(), graceAfterClose, ends.get()))
                : Optional.empty();
    }

    private static Optional<RegisterWindow> window(Section s, Register register) {
        s.allowOnly(Set.of("taken", "closes", "source", "asked_by"));
        Optional<LocalTime> taken = s.time("taken", true);
        Optional<LocalTime> closes = s.time("closes", true);
        Optional<LocalTime> askedBy = s.time("asked_by", false);
        Optional<String> source = s.string("source", true);
        if (taken.isEmpty() || closes.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        if (!closes.get().isAfter(taken.get())) {
            s.problem("closes", "the " + register.words() + " register closes at " + closes.get()
                    + ", before it is taken at " + taken.get() + ": closes must be later than taken");
            return Optional.empty();
        }
        if (askedBy.isPresent() && askedBy.get().isAfter(taken.get())) {
            s.problem("asked_by", "pupils are asked to arrive by " + askedBy.get() + ", after the " + register.words()
                    + " register is taken at " + taken.get() + ": asked_by must be no later than taken");
            return Optional.empty();
        }
        return Optional.of(new RegisterWindow(register, taken.get(), closes.get(), source.get(), askedBy));
    }
}
