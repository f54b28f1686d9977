package lategate.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * What the kiosk receives from its keyboard and scanners: a whole scan, a scanner's fault, or one key a
 * person pressed.
 */
public sealed interface KioskInput {

    record Scan(ScanInput scan) implements KioskInput {
    }

    /**
     * A scanner sent something that is not a whole code (garbage bytes, a run longer than any badge, part
     * of a code and then silence): refused, never a mark, and kept for the office.
     *
     * @param source which scanner, by its name in the settings
     * @param what   the fault in words, for the scan log
     * @param raw    what arrived, with bytes that are not printable shown escaped ({@code \x8F})
     * @param at     when its first byte arrived
     */
    record ScanFault(String source, String what, String raw, Instant at) implements KioskInput {

        public ScanFault {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(at, "at");
        }
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
