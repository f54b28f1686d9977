package lategate.app;

import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.PupilCutOff;

/** Finding pupils, on roll or not. */
public interface PupilDirectory {

    /** The pupil on roll holding this badge; a leaver's badge finds nobody. */
    Optional<Pupil> onRollByBadge(String badge);

    Optional<Pupil> byId(String pupilId);

    /** The pupil's own later cut-offs, all of them; the register rules pick the one for a day. */
    List<PupilCutOff> cutOffsOf(String pupilId);
}
