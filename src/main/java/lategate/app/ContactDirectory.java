package lategate.app;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.pupil.AuthorisedAdult;

/** The adults each pupil's family lists, and which of them may collect the pupil. */
public interface ContactDirectory {

    /**
     * The adults listed for the pupil, in the family's order; empty if nobody is, in which case
     * nobody may collect the pupil.
     */
    List<AuthorisedAdult> of(String pupilId);

    /**
     * The import the list as it stands came from (an import replaces every pupil's contacts), so a
     * refusal can say where a listing came from; empty when nothing was ever imported.
     */
    default Optional<Import> lastImport() {
        return Optional.empty();
    }

    /** A contacts file imported: its name and when. */
    record Import(String sourceName, Instant at) {
        public Import {
            Objects.requireNonNull(sourceName, "sourceName");
            Objects.requireNonNull(at, "at");
        }
    }
}
