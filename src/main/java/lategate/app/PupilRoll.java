package lategate.app;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lategate.domain.pupil.Pupil;

/**
 * The pupils a school's reports are about, read only: what a kiosk's database and the trust's hub
 * can both answer. A kiosk's {@link PupilDirectory} also finds pupils by badge and name.
 */
public interface PupilRoll {

    Optional<Pupil> byId(String pupilId);

    /** Every pupil, leavers too, by id. */
    List<Pupil> all();

    /**
     * The pupils of these ids that there are, by id: for a report that names some of the pupils
     * (a threshold report names a few in a hundred), where a store can find just those.
     */
    default Map<String, Pupil> byIds(Collection<String> pupilIds) {
        Set<String> wanted = new HashSet<>(pupilIds);
        Map<String, Pupil> found = new HashMap<>();
        for (Pupil p : all()) {
            if (wanted.contains(p.id())) {
                found.put(p.id(), p);
            }
        }
        return found;
    }
}
