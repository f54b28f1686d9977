package lategate.app.lateness;

import java.util.List;
import lategate.domain.lateness.StageDecision;

/** Where the lead's stage decisions are kept; they are only ever added to. */
public interface StageDecisionLog extends StageDecisionHistory {

    void record(List<StageDecision> decisions);
}
