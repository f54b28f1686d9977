package lategate.app;

import lategate.domain.register.RecordedArrival;

/** What appending an arrival did: a new mark, or a repeat kept beside the first. */
public sealed interface Recording {

    RecordedArrival arrival();

    /** The first arrival for this pupil and register: it is the mark. */
    record NewMark(RecordedArrival arrival) implements Recording {
    }

    /** The pupil was already signed in for this register; the scan is kept, the mark unchanged. */
    record Repeat(RecordedArrival arrival, long repeatId) implements Recording {
    }
}
