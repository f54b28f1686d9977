package lategate.tui;

import java.util.OptionalInt;
import lategate.scanner.KioskInput;

/**
 * What a key does on the late-reason picker: a digit or Enter chooses a reason, the arrows move the
 * highlight round the list, and every other key does nothing for a pupil. Deciding it is apart from
 * saving the choice, which is {@link KioskFlow}'s.
 */
final class ReasonPickerKeys {

    /** What came of a key: a reason chosen by its place in the list, the highlight moved, or nothing. */
    sealed interface Move {
        record Chosen(int index) implements Move {
        }

        record Highlighted(KioskState.PickingReason picking) implements Move {
        }

        record Nothing() implements Move {
        }
    }

    private ReasonPickerKeys() {
    }

    /** An arrow moves the highlight, wrapping round {@code reasons}; Enter chooses the highlighted one, if any. */
    static Move key(KioskState.PickingReason picking, KioskInput.Key key, int reasons) {
        int selected = picking.selected();
        switch (key) {
            case UP -> selected = selected <= 0 ? reasons - 1 : selected - 1;
            case DOWN -> selected = selected < 0 || selected >= reasons - 1 ? 0 : selected + 1;
            case ENTER -> {
                return selected >= 0 ? new Move.Chosen(selected) : new Move.Nothing();
            }
            default -> {
                return new Move.Nothing(); // Escape, function keys and the rest
            }
        }
        return new Move.Highlighted(new KioskState.PickingReason(picking.pupil(), picking.classification(),
                picking.arrival(), picking.consequence(), selected, picking.until()));
    }

    /** The reason the digit {@code c} picks (1 the first), when there are that many. */
    static OptionalInt digit(char c, int reasons) {
        return c >= '1' && c <= '9' && c - '1' < reasons ? OptionalInt.of(c - '1') : OptionalInt.empty();
    }
}
