package lategate.domain.lateness;

import java.util.List;
import java.util.Objects;

/**
 * A pupil at or near one of the school's thresholds, with the marks that put them there and the
 * school weeks they were counted over.
 *
 * @param threshold the threshold's one word for CSV: "penalty_notice" or "persistent_late"
 * @param firstWeek the first school week counted, numbered in its own academic year (a window reaching
 *                  back over the summer starts in the previous year, so it may be above {@code lastWeek})
 * @param weeks     the school weeks counted, in words ("school weeks 3-12"), with why the window is short
 *                  if it is
 * @param note      what the count leaves out, said wherever the standing is shown; empty when nothing
 */
public record ThresholdStanding(String threshold, String pupilId, Level level, int count, int limit, int firstWeek,
                                int lastWeek, List<LateEntry> marks, String words, String weeks, String note) {

    /**
     * Reached, approaching, or listed apart: a pupil below compulsory school age with as many
     * unauthorised sessions is never at a penalty notice threshold (a notice is only for a child of
     * compulsory school age, Education Act 1996 s.444A and s.8).
     */
    public enum Level {
        REACHED, APPROACHING, BELOW_COMPULSORY_AGE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A standing within one year's school weeks, with nothing left out of its count. */
    public ThresholdStanding(String threshold, String pupilId, Level level, int count, int limit, int firstWeek,
                             int lastWeek, List<LateEntry> marks, String words) {
        this(threshold, pupilId, level, count, limit, firstWeek, lastWeek, marks, words,
                "school weeks " + firstWeek + "-" + lastWeek, "");
    }

    public ThresholdStanding {
        Objects.requireNonNull(weeks, "weeks");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(words, "words");
        marks = List.copyOf(marks);
    }
}
