package lategate.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import lategate.scanner.KioskInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The late-reason picker's keys, apart from saving: a pupil late at the kiosk chooses with arrows or a digit. */
class ReasonPickerKeysTest {

    private static KioskState.PickingReason highlighted(int selected) {
        return new KioskState.PickingReason(null, null, null, Optional.empty(), selected, Instant.EPOCH);
    }

    private static int after(int selected, KioskInput.Key key) {
        ReasonPickerKeys.Move move = ReasonPickerKeys.key(highlighted(selected), key, 5);
        return assertInstanceOf(ReasonPickerKeys.Move.Highlighted.class, move).picking().selected();
    }

    @Test
    @DisplayName("the arrows move the highlight and wrap round the list; down from nothing highlighted is the first")
    void arrowsWrap() {
        assertEquals(0, after(-1, KioskInput.Key.DOWN));
        assertEquals(4, after(-1, KioskInput.Key.UP));
        assertEquals(0, after(4, KioskInput.Key.DOWN));
        assertEquals(4, after(0, KioskInput.Key.UP));
        assertEquals(3, after(2, KioskInput.Key.DOWN));
    }

    @Test
    @DisplayName("Enter chooses the highlighted reason, and does nothing while none is highlighted; Escape does nothing")
    void enterChooses() {
        assertEquals(2, assertInstanceOf(ReasonPickerKeys.Move.Chosen.class,
                ReasonPickerKeys.key(highlighted(2), KioskInput.Key.ENTER, 5)).index());
        assertInstanceOf(ReasonPickerKeys.Move.Nothing.class, ReasonPickerKeys.key(highlighted(-1), KioskInput.Key.ENTER, 5));
        assertInstanceOf(ReasonPickerKeys.Move.Nothing.class, ReasonPickerKeys.key(highlighted(2), KioskInput.Key.ESCAPE, 5));
    }

    @Test
    @DisplayName("a digit picks the reason at that place, 1 the first, and only when there are that many")
    void digits() {
        assertEquals(OptionalInt.of(0), ReasonPickerKeys.digit('1', 5));
        assertEquals(OptionalInt.of(4), ReasonPickerKeys.digit('5', 5));
        assertEquals(OptionalInt.empty(), ReasonPickerKeys.digit('6', 5));
        assertEquals(OptionalInt.empty(), ReasonPickerKeys.digit('0', 5));
        assertEquals(OptionalInt.empty(), ReasonPickerKeys.digit('a', 5));
    }
}
