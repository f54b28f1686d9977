package lategate.app;

import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.PupilCutOff;

/** Finding pupils, on roll or not. */
public interface PupilDirectory extends PupilRoll {

    /** The pupil on roll holding this badge; a leaver's badge finds nobody. */
    Optional<Pupil> onRollByBadge(String badge);

    /**
     * Pupils on roll whose name holds every word of {@code text}, ignoring case and accents
     * ("zoe" finds Zoë), by family name then given name; at most {@code limit} of them. Leavers
     * are never found. Blank text finds nobody.
     */
    List<Pupil> search(String text, int limit);

    /** The pupil's own later cut-offs, all of them; the register rules pick the one for a day. */
    List<PupilCutOff> cutOffsOf(String pupilId);

    /**
     * A mark that changes whenever the roll may have (a roster import, a pupil added or removed),
     * cheap to read, for a reader that keeps what it built from the roll until it changes; empty
     * when this directory cannot tell, and then such a reader builds afresh each time.
     */
    default Optional<String> rollVersion() {
        return Optional.empty();
    }
}
