package lategate.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.badge.PrintedCodes;

/**
 * The school's badges (docs/settings.md, "[badges]").
 *
 * @param keyFile   where the key that signs the badges' QR codes is kept (made by `lategate badges key`);
 *                  none: badges carry the printed code only, and a QR code is refused
 * @param printed   what the printed code is: lategate's with its check character (the default), or the
 *                  school's existing cards' codes taken as scanned ("as-is")
 * @param minLength with "as-is", the fewest characters a code may have: a shorter roster code is refused
 *                  at import, a shorter scan as a misread
 * @param font      the Unicode TrueType font badges and letters are printed in, embedded in the PDF so
 *                  every name prints as written; none: DejaVu Sans where Debian installs it
 */
public record BadgeSettings(Optional<Path> keyFile, PrintedCodes printed, int minLength, Optional<Path> font) {

    /** With no check character, the one guard besides an exact match: short codes are too easily another's. */
    public static final int DEFAULT_MIN_LENGTH = 6;

    public static final BadgeSettings NONE = new BadgeSettings(Optional.empty());

    public BadgeSettings {
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(font, "font");
    }

    /** lategate's printed codes, with the key file given. */
    public BadgeSettings(Optional<Path> keyFile) {
        this(keyFile, PrintedCodes.LATEGATE, DEFAULT_MIN_LENGTH, Optional.empty());
    }

    /** lategate's printed codes, with the key file and the font given. */
    public BadgeSettings(Optional<Path> keyFile, Optional<Path> font) {
        this(keyFile, PrintedCodes.LATEGATE, DEFAULT_MIN_LENGTH, font);
    }

    /** The school's kind of printed code and its shortest code, in the default font. */
    public BadgeSettings(Optional<Path> keyFile, PrintedCodes printed, int minLength) {
        this(keyFile, printed, minLength, Optional.empty());
    }
}
