package lategate.app;

import java.util.Objects;
import java.util.Optional;

/** A mark (first arrival for a register) with the latest reason recorded for it, if any. */
public record MarkWithReason(RecordedArrival arrival, Optional<String> reasonLabel,
                             Optional<ReasonStatus> reasonStatus) {

    public MarkWithReason {
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(reasonLabel, "reasonLabel");
        Objects.requireNonNull(reasonStatus, "reasonStatus");
    }
}
