package lategate.app.audit;

import java.util.List;
import lategate.domain.audit.Amendment;

/**
 * Amendments read back for the attendance lead's reports: what a kiosk's database and the trust's
 * hub can both answer. A kiosk's {@link AmendmentLog} also records them.
 */
public interface AmendmentHistory {

    /** One pupil's amendments, oldest first. */
    List<Amendment> ofPupil(String pupilId);
}
