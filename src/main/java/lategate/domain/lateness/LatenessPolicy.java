package lategate.domain.lateness;

import java.util.Objects;
import java.util.Optional;

/**
 * A school's lines for the attendance lead: the penalty notice threshold every school has (the
 * national one unless set), and, where the school sets them, persistent late arrival after the
 * register has closed and the ladder of staged letters. Each comes with how reports cite it: the
 * school's policy and section from its settings, or, without one, the national framework or
 * "the school's policy".
 */
public record LatenessPolicy(PenaltyNoticeThreshold penaltyNotice, Optional<PersistentLateArrival> persistentLate,
                             Optional<StageLadder> stages, String penaltyNoticeCitation,
                             String persistentLateCitation, String stagesCitation) {

    /** The national threshold's source: the penalty notice framework in the 2024 attendance guidance. */
    public static final String NATIONAL_FRAMEWORK = "the national framework for penalty notices, Working together "
            + "to improve school attendance (August 2024)";
    /** How a line the school set is cited when its settings name no section. */
    public static final String SCHOOL_POLICY = "the school's policy";

    public static final LatenessPolicy NATIONAL = new LatenessPolicy(PenaltyNoticeThreshold.NATIONAL,
            Optional.empty(), Optional.empty());

    public LatenessPolicy(PenaltyNoticeThreshold penaltyNotice, Optional<PersistentLateArrival> persistentLate,
                          Optional<StageLadder> stages) {
        this(penaltyNotice, persistentLate, stages, NATIONAL_FRAMEWORK, SCHOOL_POLICY, SCHOOL_POLICY);
    }

    public LatenessPolicy {
        Objects.requireNonNull(penaltyNoticeCitation, "penaltyNoticeCitation");
        Objects.requireNonNull(persistentLateCitation, "persistentLateCitation");
        Objects.requireNonNull(stagesCitation, "stagesCitation");
        Objects.requireNonNull(penaltyNotice, "penaltyNotice");
        Objects.requireNonNull(persistentLate, "persistentLate");
        Objects.requireNonNull(stages, "stages");
    }
}
