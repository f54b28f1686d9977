package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import lategate.app.movement.Movements;
import lategate.app.sync.SyncFailure;
import lategate.scanner.KioskInput;
import lategate.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug under a staff key is logged with its stack trace and shown as "Something went wrong: it has
 * been logged"; a refusal (the database's, or a use case's) is shown in its own words, as before.
 */
class StaffTroubleTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private boolean parentHandlers;

    @BeforeEach
    void listen() {
        parentHandlers = Trouble.LOG.getUseParentHandlers();
        Trouble.LOG.setUseParentHandlers(false); // the stack traces this test causes stay out of the build's output
        Trouble.LOG.addHandler(catcher);
    }

    @AfterEach
    void close() {
        Trouble.LOG.removeHandler(catcher);
        Trouble.LOG.setUseParentHandlers(parentHandlers);
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private String status() {
        return kiosk.staff.view().status().orElse("");
    }

    @Test
    @DisplayName("a bug while a key is handled: 'Something went wrong: it has been logged', the stack trace in the log, the screen as it was")
    void bugInAHandler() {
        kiosk = new StaffKiosk(dir, "2026-11-23T10:30:00");
        kiosk.signInAsReceptionist();
        kiosk.type("1");
        assertInstanceOf(StaffScreen.FindPupil.class, kiosk.screen());
        kiosk.scannerTrouble = () -> new NullPointerException("scanner status had no port");

        kiosk.key(KioskInput.Key.ESCAPE); // back to the menu, which reads the scanners

        assertTrue(status().endsWith(" Something went wrong: it has been logged"), status());
        assertFalse(status().contains("no port"), "a bug's message is for the log, not for the desk: " + status());
        assertFalse(status().contains("cannot read the database"), "a bug is not the database's refusal: " + status());
        assertInstanceOf(StaffScreen.FindPupil.class, kiosk.screen(), "the screen stays as it was");
        assertEquals(1, logged.size(), "logged once");
        LogRecord record = logged.get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        assertInstanceOf(NullPointerException.class, record.getThrown(), "the log holds the bug itself");
        assertEquals("scanner status had no port", record.getThrown().getMessage());
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        assertTrue(trace.toString().contains("at lategate.tui.MenuKeys.open"), "the stack trace says where: " + trace.toString());
        assertTrue(record.getMessage().contains("FindPupil"), record.getMessage());

        kiosk.scannerTrouble = null;
        kiosk.key(KioskInput.Key.ESCAPE);
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen(), "staff mode goes on once the trouble is gone");
    }

    @Test
    @DisplayName("the database refusing under a key is said in its own words, and nothing is logged")
    void storeRefusalInAHandler() {
        kiosk = new StaffKiosk(dir, "2026-11-23T10:30:00");
        kiosk.signInAsReceptionist();
        kiosk.type("1");
        kiosk.scannerTrouble = () -> new StoreException("the database is locked by another program");

        kiosk.key(KioskInput.Key.ESCAPE);

        assertTrue(status().endsWith(" cannot read the database: the database is locked by another program"), status());
        assertTrue(logged.isEmpty(), "a refusal is no bug");
    }

    @Test
    @DisplayName("a bug reading a line of the menu: the menu opens, the line says something went wrong, the log has it")
    void bugInAMenuLine() {
        kiosk = new StaffKiosk(dir, "2026-11-23T10:30:00");
        kiosk.syncTrouble = () -> new IllegalStateException("outbox row without a target");
        kiosk.signInAsReceptionist();

        StaffScreen.Menu menu = assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals("Sync: Something went wrong: it has been logged", menu.sync());
        assertEquals(1, logged.size());
        assertEquals("outbox row without a target", logged.get(0).getThrown().getMessage());

        kiosk.syncTrouble = () -> new SyncFailure("the USB stick is not mounted");
        kiosk.flow.staffKey(kiosk.now()); // signed in: the menu, read again
        menu = assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals("Sync: cannot read the outbox now (the USB stick is not mounted)", menu.sync());
        assertEquals(1, logged.size(), "a refusal is not logged");
    }

    @Test
    @DisplayName("refusals are the use cases', the sync's and the store's; anything else is a bug, thrown on unchanged")
    void refusalOrBug() {
        assertTrue(Trouble.isRefusal(new StoreException("disk full")), "the store's exception is a StorageFailure");
        assertTrue(Trouble.isRefusal(new Movements.Refused("already signed out")));
        assertTrue(Trouble.isRefusal(new SyncFailure("no target")));
        assertFalse(Trouble.isRefusal(new NullPointerException()));
        assertFalse(Trouble.isRefusal(new IllegalStateException("database is locked")),
                "words that sound like the database's do not make a bug a refusal");

        assertEquals("disk full", Trouble.refusal(new StoreException("disk full")));
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Trouble.refusal(bug)));
        assertTrue(logged.isEmpty(), "thrown on, for the flow to log once");
    }
}
