package lategate.scanner;

/** What the kiosk receives from its keyboard: a whole scan, or one key a person pressed. */
public sealed interface KioskInput {

    record Scan(ScanInput scan) implements KioskInput {
    }

    /** A printable key pressed on its own, such as a reason's number. */
    record Typed(char character) implements KioskInput {
    }

    record Special(Key key) implements KioskInput {
    }

    enum Key {
        ENTER, UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, ESCAPE, BACKSPACE, FUNCTION, OTHER
    }
}
