package lategate.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import lategate.StoreFixture;
import lategate.app.sync.SyncFailure;
import lategate.store.Database;
import lategate.store.StoreException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background thread behind the kiosk's daily backup and sync (issues 7 and 9), on a real database file. */
class KioskChoreWorkerTest {

    @TempDir
    Path dir;

    private Path database() {
        Path file = dir.resolve("demo.db");
        StoreFixture.databaseWith(file, "demo", List.of()).close();
        return file;
    }

    private static void waitFor(KioskChoreWorker worker) throws InterruptedException {
        while (!worker.idle()) {
            Thread.sleep(5);
        }
    }

    @Test
    @DisplayName("each failure is kept for staff in its own words, the worker goes on to the next chore, and a success clears it")
    void failuresToldAndTheWorkerGoesOn() throws Exception {
        try (KioskChoreWorker worker = new KioskChoreWorker("lategate-test", database())) {
            worker.start(database -> {
                throw new StoreException("the backup folder /media/usb is not there");
            });
            waitFor(worker);
            assertEquals(Optional.of("the backup folder /media/usb is not there"), worker.problem());

            worker.start(database -> {
                throw new SyncFailure("the hub refused the password");
            });
            waitFor(worker);
            assertEquals(Optional.of("the hub refused the password"), worker.problem());

            worker.start(database -> {
                throw new IllegalStateException("a bug");
            });
            waitFor(worker);
            assertEquals(Optional.of("unexpected: java.lang.IllegalStateException: a bug"), worker.problem());

            worker.start(database -> Optional.of("2 summaries were not delivered"));
            waitFor(worker);
            assertEquals(Optional.of("2 summaries were not delivered"), worker.problem());

            AtomicReference<String> ranOn = new AtomicReference<>();
            worker.start(database -> {
                ranOn.set(Thread.currentThread().getName() + " " + database.schemaVersion());
                return Optional.empty();
            });
            waitFor(worker);
            assertEquals(Optional.empty(), worker.problem());
            assertTrue(ranOn.get().startsWith("lategate-test "), "on the worker's own thread: " + ranOn.get());
        }
    }

    @Test
    @DisplayName("a database that will not open is a failure staff are told of, like the chore's own")
    void databaseThatWillNotOpen() throws Exception {
        try (KioskChoreWorker worker = new KioskChoreWorker("lategate-test", dir.resolve("gone.db"))) {
            worker.start(database -> Optional.empty());
            waitFor(worker);
            assertTrue(worker.problem().orElseThrow().startsWith("there is no lategate database at "),
                    worker.problem().toString());
        }
    }

    @Test
    @DisplayName("closing does not hang on a chore that will not stop; one chore at a time")
    void closingNeverHangs() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        KioskChoreWorker worker = new KioskChoreWorker("lategate-test", database());
        worker.start(database -> {
            started.countDown();
            while (release.getCount() > 0) { // deaf to interruption, as a blocked network write may be
                try {
                    release.await();
                } catch (InterruptedException e) {
                    // carries on
                }
            }
            finished.countDown();
            return Optional.empty();
        });
        started.await();
        assertFalse(worker.idle());
        assertThrows(IllegalStateException.class, () -> worker.start(database -> Optional.empty()));

        worker.close();
        assertNotEquals(0, finished.getCount(), "close returned while the chore still ran");
        release.countDown();
        finished.await();
    }
}
