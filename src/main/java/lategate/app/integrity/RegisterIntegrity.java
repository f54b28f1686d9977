package lategate.app.integrity;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks the register against its chain (docs/tamper-evidence.md) and keeps each check's result,
 * so the staff menu can show the latest and the next quick check starts where the last whole one ended.
 */
public interface RegisterIntegrity extends RegisterCheckMonitor {

    /** Walks every entry and every row: slow on a long history, certain. Recorded as a check made at {@code at}. */
    default RegisterCheck checkAll(Instant at) {
        return checkAll(at, percent -> { });
    }

    /** As {@link #checkAll(Instant)}, telling {@code percentDone} how far it has gone, 0 to 100. */
    RegisterCheck checkAll(Instant at, java.util.function.IntConsumer percentDone);

    /**
     * Checks what was added since the last whole check, and that every table holds as many rows as
     * its seals say; cheap enough for each start and backup. A row changed in place before that
     * point is found by {@link #checkAll}, not here.
     */
    RegisterCheck checkRecent(Instant at);

    /** The latest check recorded, if any. */
    @Override
    Optional<CheckedRegister> latest();

    /** The chain's head now: its last entry's number and hash (0 and the zero hash when empty). */
    ChainHead head();
}
