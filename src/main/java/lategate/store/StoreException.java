package lategate.store;

/**
 * The database could not do what was asked: locked, full, damaged or unreadable. Whatever was
 * already committed is untouched; the message says what failed, in words for staff.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
