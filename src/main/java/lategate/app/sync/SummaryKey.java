package lategate.app.sync;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which daily summary this is: one school, one kiosk (one database), one school day, one version.
 * A hub keys its rows on exactly this, so sending the same summary twice can never add a row.
 */
public record SummaryKey(String schoolId, String kioskId, LocalDate date, int version) {

    public SummaryKey {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(date, "date");
        if (version < 1) {
            throw new IllegalArgumentException("a summary version starts at 1, not " + version);
        }
    }

    /** For messages and file names: school, kiosk, date and version. */
    public String words() {
        return schoolId + " / " + kioskId + " / " + date + " version " + version;
    }
}
