package lategate.app.sync;

/**
 * Where summaries go: a folder or a hub. Delivering the same entry twice must leave the target as
 * one delivery did, because a kiosk killed between sending and recording will send it again.
 */
public interface SyncTarget extends AutoCloseable {

    /** The target as recorded against deliveries and shown to staff: never a password. */
    String name();

    /** Delivers one entry, or throws {@link SyncFailure} saying what went wrong and where. */
    void deliver(OutboxEntry entry);

    @Override
    void close();
}
