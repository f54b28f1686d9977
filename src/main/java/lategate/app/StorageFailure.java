package lategate.app;

/**
 * Where the register is kept could not do what was asked: locked, full, damaged, read-only or
 * gone. What was already recorded is untouched, and the message says what failed in words for
 * staff. The store's own exception is one; screens and commands show it as a refusal, not a bug.
 */
public abstract class StorageFailure extends RuntimeException {

    protected StorageFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
