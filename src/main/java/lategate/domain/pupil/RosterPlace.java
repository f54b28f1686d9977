package lategate.domain.pupil;

import java.util.Objects;

/**
 * A pupil's year group and class as the roster had them on a day: reports by year group and the
 * Late Book must not move when a later roster moves the pupil on.
 */
public record RosterPlace(String year, String className) {

    public RosterPlace {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(className, "className");
    }
}
