package lategate.app;

import java.util.List;
import lategate.domain.pupil.AuthorisedAdult;

/** The adults each pupil's family lists, and which of them may collect the pupil. */
public interface ContactDirectory {

    /**
     * The adults listed for the pupil, in the family's order; empty if nobody is, in which case
     * nobody may collect the pupil.
     */
    List<AuthorisedAdult> of(String pupilId);
}
