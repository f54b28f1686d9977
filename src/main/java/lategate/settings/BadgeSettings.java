package lategate.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The school's badges.
 *
 * @param keyFile where the key that signs the badges' QR codes is kept (made by `lategate badges key`);
 *                none: badges carry the printed code only, and a QR code is refused
 * @param font    the Unicode TrueType font badges and letters are printed in, embedded in the PDF so
 *                every name prints as written; none: DejaVu Sans where Debian installs it
 *                (docs/settings.md, [badges])
 */
public record BadgeSettings(Optional<Path> keyFile, Optional<Path> font) {

    public static final BadgeSettings NONE = new BadgeSettings(Optional.empty());

    public BadgeSettings(Optional<Path> keyFile) {
        this(keyFile, Optional.empty());
    }
}
