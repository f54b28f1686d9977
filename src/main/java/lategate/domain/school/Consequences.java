package lategate.domain.school;

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
 * @param byRegister for each register, the text shown for each mark that has a consequence
 */
public record Consequences(Map<Register, Map<Mark, String>> byRegister) {

    public static final Consequences NONE = new Consequences(Map.of());

    public Consequences {
        Objects.requireNonNull(byRegister, "byRegister");
        Map<Register, Map<Mark, String>> copy = new EnumMap<>(Register.class);
        byRegister.forEach((register, marks) -> {
            if (!marks.isEmpty()) {
                copy.put(register, Map.copyOf(new EnumMap<>(marks)));
            }
        });
        byRegister = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
    }

    /** The same consequences for both registers, as a school whose rule does not depend on the time of day has. */
    public static Consequences forBothRegisters(Map<Mark, String> marks) {
        return new Consequences(Map.of(Register.AM, marks, Register.PM, marks));
    }

    public Optional<String> of(Mark mark, Register register) {
        return Optional.ofNullable(byRegister.getOrDefault(register, Map.of()).get(mark));
    }
}
