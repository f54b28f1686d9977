package lategate.app;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.ReasonStatus;

/**
 * One line of the Late Book: the page a school office keeps on paper today (a school's policy may say
 * late arrivals also sign in a Late Book held in the school office). Every entry that was a
 * late mark, as it stands now, with the pupil's name, year and class.
 */
public record LateBookEntry(SessionEntry entry, String givenName, String familyName, String year,
                            String className) {

    public LateBookEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(className, "className");
    }

    public Optional<String> reasonLabel() {
        return entry.reason();
    }

    public Optional<ReasonStatus> reasonStatus() {
        return entry.reasonStatus();
    }

    public int repeats() {
        return entry.repeats();
    }
}
