package lategate.domain.register;

import java.util.Objects;

/**
 * Why a school's register times cannot work together, and which time is wrong, so that whoever
 * reads the times (a settings file, a test) can point at the value to change.
 */
public record TimetableProblem(Field field, String message) {

    /** The time a problem is reported against: the later of the two times that clash. */
    public enum Field {
        /** When the afternoon register is taken: it runs into the morning register's close and grace. */
        AFTERNOON_TAKEN,
        /** When the school day ends: it is not after the afternoon register's close and grace. */
        DAY_ENDS
    }

    public TimetableProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
