package lategate.domain.register;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When one register is taken and when it closes. Before {@code taken} a pupil is on time; from
 * {@code taken} up to, not including, {@code closes} (plus any grace) late, L; from then on U.
 *
 * @param source  the section of the school's policy the times come from, e.g. "§4"
 * @param askedBy the time some policies ask pupils to be in by, earlier than the register is taken
 *                ("must arrive in school by 9am", register taken at 9:10). It changes no mark: the
 *                2024 Regulations mark against the register, so it only changes the words.
 */
public record RegisterWindow(Register register, LocalTime taken, LocalTime closes, String source,
                             Optional<LocalTime> askedBy) {

    public RegisterWindow {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(askedBy, "askedBy");
        if (!closes.isAfter(taken)) {
            throw new IllegalArgumentException("the " + register.words() + " register closes at " + closes
                    + ", not after it is taken at " + taken);
        }
        if (askedBy.isPresent() && askedBy.get().isAfter(taken)) {
            throw new IllegalArgumentException("the " + register.words() + " register is taken at " + taken
                    + ", before the " + askedBy.get() + " pupils are asked to arrive by");
        }
    }

    /** A window with no earlier time asked of pupils than the register itself. */
    public RegisterWindow(Register register, LocalTime taken, LocalTime closes, String source) {
        this(register, taken, closes, source, Optional.empty());
    }
}
