package lategate.scanner;

import java.time.Instant;
import java.util.Objects;

/** One whole scanned code, the instant its first character arrived, and which scanner sent it. */
public record ScanInput(String code, Instant at, String source) {

    public ScanInput {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }
}
