package lategate.app.lateness;

import java.util.List;
import lategate.domain.lateness.StageDecision;

/**
 * The lead's stage decisions read back: what a kiosk's database and the trust's hub can both
 * answer. Decisions are made only on a kiosk's database ({@link StageDecisionLog}).
 */
public interface StageDecisionHistory {

    /** Every decision, oldest first. */
    List<StageDecision> all();
}
