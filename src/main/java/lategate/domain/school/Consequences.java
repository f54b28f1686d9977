package lategate.domain.school;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;

/**
 * What a school attaches to a late mark, per register: a school's "lunchtime detention on the
 * same day" can follow a morning U, but not an afternoon U, which happens after lunch.
 *
 * A consequence is told only while it can still be done: "see your class teacher at break" means
 * nothing to a pupil who arrives at 13:50, so each mark's consequence may have a time it is shown
 * until (docs/settings.md, "Consequences"); without one it is shown all day.
 *
 * @param byRegister for each register, the text shown for each mark that has a consequence
 * @param shownUntil for a mark, the time of day from which its consequence is no longer told
 */
public record Consequences(Map<Register, Map<Mark, String>> byRegister, Map<Mark, LocalTime> shownUntil) {

    public static final Consequences NONE = new Consequences(Map.of());

    /** Consequences told all day. */
    public Consequences(Map<Register, Map<Mark, String>> byRegister) {
        this(byRegister, Map.of());
    }

    public Consequences {
        Objects.requireNonNull(byRegister, "byRegister");
        shownUntil = Map.copyOf(Objects.requireNonNull(shownUntil, "shownUntil"));
        Map<Register, Map<Mark, String>> copy = new EnumMap<>(Register.class);
        for (Map.Entry<Register, Map<Mark, String>> marks : byRegister.entrySet()) {
            if (!marks.getValue().isEmpty()) {
                copy.put(marks.getKey(), Map.copyOf(new EnumMap<>(marks.getValue())));
            }
        }
        byRegister = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
    }

    /** The same consequences for both registers, as a school whose rule does not depend on the time of day has. */
    public static Consequences forBothRegisters(Map<Mark, String> marks) {
        return new Consequences(Map.of(Register.AM, marks, Register.PM, marks));
    }

    /** The consequence of a mark in a register, whatever the time. */
    public Optional<String> of(Mark mark, Register register) {
        return Optional.ofNullable(byRegister.getOrDefault(register, Map.of()).get(mark));
    }

    /** The consequence told to a pupil who arrived at {@code arrived}: none once its time has passed. */
    public Optional<String> of(Mark mark, Register register, LocalTime arrived) {
        LocalTime until = shownUntil.get(mark);
        return until != null && !arrived.isBefore(until) ? Optional.empty() : of(mark, register);
    }
}
