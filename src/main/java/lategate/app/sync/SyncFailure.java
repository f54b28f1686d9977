package lategate.app.sync;

/** A target that could not take a summary: the message says what is wrong and what to do. */
public final class SyncFailure extends RuntimeException {

    public SyncFailure(String message) {
        super(message);
    }

    public SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
