package lategate.app;

import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.Pupil;

/**
 * The pupils a school's reports are about, read only: what a kiosk's database and the trust's hub
 * can both answer. A kiosk's {@link PupilDirectory} also finds pupils by badge and name.
 */
public interface PupilRoll {

    Optional<Pupil> byId(String pupilId);

    /** Every pupil, leavers too, by id. */
    List<Pupil> all();
}
