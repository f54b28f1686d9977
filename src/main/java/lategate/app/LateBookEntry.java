package lategate.app;

import java.util.Optional;

/**
 * One line of the Late Book: the page a school office keeps on paper today (Russell §4: "Late
 * arrivals also sign in a Late Book that is held in the school office").
 */
public record LateBookEntry(RecordedArrival arrival, String givenName, String familyName, String year,
                            String className, Optional<String> reasonLabel, Optional<ReasonStatus> reasonStatus,
                            int repeats) {
}
