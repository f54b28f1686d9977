package lategate.app.integrity;

import java.util.Objects;

/**
 * The last entry of a register's chain: its number and hash. Sent with each day's summary, so the
 * hub keeps it and a history rewritten since would no longer lead to it.
 */
public record ChainHead(long seq, String hash) {

    /** The hash the first entry is chained to. */
    public static final String ZERO = "0".repeat(64);

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
        if (seq < 0) {
            throw new IllegalArgumentException("a chain head's number is never negative: " + seq);
        }
    }
}
