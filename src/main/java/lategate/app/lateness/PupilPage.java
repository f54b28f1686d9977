package lategate.app.lateness;

import java.util.List;
import lategate.app.LateBookEntry;
import lategate.domain.audit.Amendment;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.pupil.Pupil;

/**
 * Everything the lead needs about one pupil's lateness this year: each late arrival with the
 * sentence the register rules gave and the code it stands as now, amendments, late marks per block,
 * the stage and how it was decided, and thresholds.
 */
public record PupilPage(Pupil pupil, List<PupilArrival> arrivals, List<Amendment> amendments,
                        List<Integer> lateMarksPerBlock, Stage stage, List<StageDecision> decisions,
                        List<ThresholdStanding> thresholds) {

    /** A late arrival and the code it stands as now ("M" after an amendment, say). */
    public record PupilArrival(LateBookEntry entry, String standsAs, int block) {
    }

    public PupilPage {
        arrivals = List.copyOf(arrivals);
        amendments = List.copyOf(amendments);
        lateMarksPerBlock = List.copyOf(lateMarksPerBlock);
        decisions = List.copyOf(decisions);
        thresholds = List.copyOf(thresholds);
    }
}
