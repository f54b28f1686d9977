package lategate.tui;

import java.util.logging.Level;
import java.util.logging.Logger;
import lategate.app.Refused;
import lategate.app.StorageFailure;
import lategate.app.sync.SyncFailure;

/**
 * What went wrong under a staff key, told apart: a refusal the person at the desk can read and act
 * on, shown in its own words, or a bug, logged with its stack trace and shown only as
 * {@link #WORDS}, never as if the person had done something wrong.
 *
 * <p>A refusal is a use case declining ({@link Refused} and its kinds), the sync declining
 * ({@link SyncFailure}), or the database refusing ({@link StorageFailure}: locked,
 * full, damaged, read-only, in words for staff). Anything else is a bug.
 */
final class Trouble {

    /** What staff are shown for a bug. */
    static final String WORDS = "Something went wrong: it has been logged";

    /** Where bugs in staff mode are logged; the kiosk's handlers put the log where its operator reads it. */
    static final Logger LOG = Logger.getLogger(StaffFlow.class.getName());

    private Trouble() {
    }

    /** Whether {@code e} is a refusal to show in its own words, not a bug. */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof Refused || e instanceof SyncFailure || e instanceof StorageFailure;
    }

    /**
     * The words of a refusal, for a handler that shows it its own way ("NOT SAVED: ..."); a bug is
     * thrown on, unchanged, for {@link StaffFlow} to log and show as {@link #WORDS}.
     */
    static String refusal(RuntimeException e) {
        if (!isRefusal(e)) {
            throw e;
        }
        return String.valueOf(e.getMessage());
    }

    /** A bug, logged with its stack trace; returns the words to show for it. */
    static String logged(RuntimeException bug, String doing) {
        LOG.log(Level.SEVERE, "staff mode: a bug while " + doing, bug);
        return WORDS;
    }

    /** A refusal's own words, or, for a bug, {@link #WORDS} once it is logged. */
    static String words(RuntimeException e, String doing) {
        return isRefusal(e) ? String.valueOf(e.getMessage()) : logged(e, doing);
    }
}
