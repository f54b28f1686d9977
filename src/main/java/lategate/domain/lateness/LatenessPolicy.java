package lategate.domain.lateness;

import java.util.Objects;
import java.util.Optional;

/**
 * A school's lines for the attendance lead: the penalty notice threshold every school has (the
 * national one unless set), and, where the school sets them, persistent late arrival after the
 * register has closed and the ladder of staged letters.
 */
public record LatenessPolicy(PenaltyNoticeThreshold penaltyNotice, Optional<PersistentLateArrival> persistentLate,
                             Optional<StageLadder> stages) {

    public static final LatenessPolicy NATIONAL = new LatenessPolicy(PenaltyNoticeThreshold.NATIONAL,
            Optional.empty(), Optional.empty());

    public LatenessPolicy {
        Objects.requireNonNull(penaltyNotice, "penaltyNotice");
        Objects.requireNonNull(persistentLate, "persistentLate");
        Objects.requireNonNull(stages, "stages");
    }
}
