package lategate.app.sync;

/** Where the staff screen learns how sync is going. */
public interface SyncMonitor {

    SyncOverview overview();
}
