package lategate.domain.lateness;

import java.util.List;
import java.util.Objects;

/**
 * A pupil at or near one of the school's thresholds, with the marks that put them there and the
 * school weeks they were counted over.
 *
 * @param threshold the threshold's one word for CSV: "penalty_notice" or "persistent_late"
 */
public record ThresholdStanding(String threshold, String pupilId, Level level, int count, int limit, int firstWeek,
                                int lastWeek, List<LateEntry> marks, String words) {

    public enum Level {
        REACHED, APPROACHING;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ThresholdStanding {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(words, "words");
        marks = List.copyOf(marks);
    }
}
