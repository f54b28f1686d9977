package lategate.app;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.SignInMethod;

/** An arrival ready to be appended to the register; {@code method} says how it was signed in. */
public record NewArrival(Pupil pupil, Classification classification, String kioskId, String recordedBy,
                         Instant recordedAt, Optional<String> consequence, Optional<ReasonGiven> reason,
                         SignInMethod method) {

    public NewArrival {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(method, "method");
        if (classification.register().isEmpty()) {
            throw new IllegalArgumentException("an arrival with no register to mark cannot be recorded");
        }
    }
}
