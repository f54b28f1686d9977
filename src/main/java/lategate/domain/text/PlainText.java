package lategate.domain.text;

import java.util.Objects;
import java.util.Optional;

/**
 * What text that people type or import may hold: anything a person writes, in any script and with
 * emoji, but no control characters (C0, DEL, C1). A control character is never part of a name or a
 * reason; on a terminal it is a command (ESC [2J clears the screen), and because the register is
 * append-only, a stored one would be shown on every screen that lists the row for as long as the
 * row is kept. Tab and newline are allowed only in a field that is several lines by nature.
 *
 * <p>The one rule for every field: the app's use cases, the settings and the roster and contacts
 * readers all ask it, each naming its own field (and file:line for files).
 *
 * @param field the field's name in words for the message, e.g. "the reason"
 * @param lines whether the field may hold tab and newline
 */
public record PlainText(String field, boolean lines) {

    public PlainText {
        Objects.requireNonNull(field, "field");
    }

    /** A one-line field: a name, a reason, a label. */
    public static PlainText oneLine(String field) {
        return new PlainText(field, false);
    }

    /** A field that may run to several lines (tab and newline allowed). */
    public static PlainText severalLines(String field) {
        return new PlainText(field, true);
    }

    /** Empty when {@code text} is allowed in this field; otherwise why not, in words for the person who typed it. */
    public Optional<String> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(lines && (c == '\n' || c == '\t'))) {
                return Optional.of(field + " holds a control character (" + name(c) + ") at character " + (i + 1)
                        + (lines ? "" : c == '\n' || c == '\t' || c == '\r' ? ", and must be one line" : "")
                        + ": type it again without it");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is allowed in this field. */
    public boolean allows(String text) {
        return refusal(text).isEmpty();
    }

    /** C0 (U+0000..U+001F), DEL (U+007F) and C1 (U+0080..U+009F). */
    public static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    /** A control character's name for a message: "ESC, U+001B". */
    static String name(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case 0x1b -> "ESC, " + code;
            case '\t' -> "tab, " + code;
            case '\n' -> "newline, " + code;
            case '\r' -> "carriage return, " + code;
            case 0x7f -> "DEL, " + code;
            default -> code;
        };
    }
}
