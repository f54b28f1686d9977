package lategate.tui;

import java.time.Instant;
import lategate.scanner.KioskInput;

/**
 * What each key does on one kind of staff screen: the screen is a value, and a key on it gives
 * the {@link Next} thing to show. {@link StaffFlow} finds the handler for the screen on show and
 * applies what it returns; a handler holds no screen of its own.
 *
 * @param <S> the screens this handler takes keys for
 */
abstract class ScreenKeys<S extends StaffScreen> {

    private final Class<S> type;

    ScreenKeys(Class<S> type) {
        this.type = type;
    }

    /** Whether {@code screen} is one of this handler's. */
    final boolean handles(StaffScreen screen) {
        return type.isInstance(screen);
    }

    final S cast(StaffScreen screen) {
        return type.cast(screen);
    }

    /** A character typed. */
    abstract Next typed(S screen, char c, Instant now);

    /** A key that is not a character and not Escape: Enter, Backspace, the arrows, the page keys. */
    abstract Next special(S screen, KioskInput.Key key, Instant now);

    /** Escape: one step back. */
    abstract Next escape(S screen, Instant now);

    /** The screen read again (after a scan, say), keeping the place. */
    Next.Show reload(S screen, Instant now) {
        return Next.show(screen);
    }

    /** Whether the screen is taking typed words now, so that fast typing ended by Enter is not a scan. */
    boolean takesText(S screen) {
        return false;
    }

    // ------------------------------------------------------------------ shared by the handlers

    static String chop(String text) {
        return text.substring(0, text.length() - 1);
    }

    /** Up and down through a list of {@code size}, round at the ends. */
    static int move(int selected, int size, KioskInput.Key key) {
        if (size == 0) {
            return 0;
        }
        return key == KioskInput.Key.UP ? (selected <= 0 ? size - 1 : selected - 1) : (selected + 1) % size;
    }

    static int clamp(int selected, int size) {
        return size == 0 ? 0 : Math.min(Math.max(0, selected), size - 1);
    }

    static boolean upOrDown(KioskInput.Key key) {
        return key == KioskInput.Key.UP || key == KioskInput.Key.DOWN;
    }
}
