package lategate.domain.register;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When one register is taken and when it closes. Before {@code taken} a pupil is on time; from
 * {@code taken} up to, not including, {@code closes} (plus any grace) late, L; from then on U.
 *
 * @param source the section of the school's policy the times come from, e.g. "§4"
 */
public record RegisterWindow(Register register, LocalTime taken, LocalTime closes, String source) {

    public RegisterWindow {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(source, "source");
        if (!closes.isAfter(taken)) {
            throw new IllegalArgumentException("the " + register.words() + " register closes at " + closes
                    + ", not after it is taken at " + taken);
        }
    }
}
