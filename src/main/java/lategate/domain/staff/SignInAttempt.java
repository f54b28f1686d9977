package lategate.domain.staff;

import java.time.Instant;
import java.util.Objects;

/** One sign-in whose PIN was checked: right or wrong. Attempts refused while locked are not these. */
public record SignInAttempt(Instant at, boolean rightPin) {

    public SignInAttempt {
        Objects.requireNonNull(at, "at");
    }

    public static SignInAttempt right(Instant at) {
        return new SignInAttempt(at, true);
    }

    public static SignInAttempt wrong(Instant at) {
        return new SignInAttempt(at, false);
    }
}
