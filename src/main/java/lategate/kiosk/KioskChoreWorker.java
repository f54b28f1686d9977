package lategate.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lategate.app.sync.SyncFailure;
import lategate.store.Database;
import lategate.store.StoreException;

/**
 * One background thread for a kiosk chore (the daily backup, the day's summaries and sync), so a
 * slow USB stick or network never holds up a pupil at the screen. The kiosk's thread starts the
 * work and asks whether it is done, never waiting for it; the work gets a connection to the
 * database of its own, and why it last failed is kept for the staff screen until it next succeeds.
 * One chore at a time: the kiosk starts nothing while the last one runs.
 */
final class KioskChoreWorker implements AutoCloseable {

    /** Work done on the worker's thread with its own connection; it returns why it failed, or throws. */
    @FunctionalInterface
    interface Chore {
        Optional<String> run(Database database);
    }

    /** How long the background work waits for the kiosk's own writes: they take milliseconds. */
    private static final Duration BUSY = Duration.ofSeconds(10);

    /**
     * How long closing waits for work under way to finish. Nothing is lost if it does not (a backup
     * is renamed into place only once whole, a summary stays in the outbox until delivered), so a
     * stuck network must not keep staff waiting at the exit: the thread is a daemon, and dies with the kiosk.
     */
    private static final Duration CLOSING_WAIT = Duration.ofSeconds(2);

    private final Path databaseFile;
    private final ExecutorService thread;
    private final AtomicReference<Optional<String>> problem = new AtomicReference<>(Optional.empty());
    /** Read and written by the kiosk's thread only. */
    private Future<?> running;

    /** A worker whose thread is called {@code name} (seen in thread dumps), opening {@code databaseFile}. */
    KioskChoreWorker(String name, Path databaseFile) {
        this.databaseFile = databaseFile;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether no work is running, so the kiosk may start some (and tests, which wait for it, may look). */
    boolean idle() {
        return running == null || running.isDone();
    }

    /**
     * Starts {@code chore} on the worker's thread and returns at once. What it returns becomes the
     * problem staff see; a store or sync failure is told in its own words, anything else as unexpected.
     */
    void start(Chore chore) {
        submit(() -> {
            try (Database database = Database.open(databaseFile, BUSY)) {
                problem.set(chore.run(database));
            } catch (StoreException | SyncFailure e) {
                problem.set(Optional.of(e.getMessage()));
            } catch (RuntimeException e) {
                problem.set(Optional.of("unexpected: " + e));
            }
        });
    }

    /** Starts work that needs no connection and has nothing to tell staff (looking in the backup folder). */
    void startWithoutConnection(Runnable work) {
        submit(work);
    }

    private void submit(Runnable work) {
        if (!idle()) {
            throw new IllegalStateException("the last chore is still running: start one when idle()");
        }
        running = thread.submit(work);
    }

    /** Why the last chore failed, until one succeeds. */
    Optional<String> problem() {
        return problem.get();
    }

    /** Stops the thread, giving work under way {@link #CLOSING_WAIT} to finish; never longer. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(CLOSING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
