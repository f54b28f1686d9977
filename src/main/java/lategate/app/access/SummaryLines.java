package lategate.app.access;

import java.util.Optional;

/** Picks out of one daily summary, as sent, the part about one pupil (and nothing about any other). */
public interface SummaryLines {

    /** The pupil's entry in the summary as JSON text, if the summary has one. */
    Optional<String> about(byte[] summary, String pupilId);
}
