package lategate.store;

import java.util.Optional;

/**
 * The database could not do what was asked: locked, full, damaged or unreadable. Whatever was
 * already committed is untouched; the message says what failed, in words for staff.
 */
public final class StoreException extends lategate.app.StorageFailure {

    /** Set when the disk or the file system refused, not the database: callers show it apart from damage. */
    private final transient StorageRefusal storage;

    public StoreException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public StoreException(String message) {
        this(message, null, null);
    }

    StoreException(String message, Throwable cause, StorageRefusal storage) {
        super(message, cause);
        this.storage = storage;
    }

    /** A store refused by the storage under it: full, mounted read-only, a read-only file or the wrong user. */
    static StoreException refusedBy(StorageRefusal storage, String message, Throwable cause) {
        return new StoreException(message, cause, storage);
    }

    /** What refused, when it was the disk, the file system or the file's permissions rather than the database. */
    public Optional<StorageRefusal> storage() {
        return Optional.ofNullable(storage);
    }
}
