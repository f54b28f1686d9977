package lategate.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The school's badges.
 *
 * @param keyFile where the key that signs the badges' QR codes is kept (made by `lategate badges key`);
 *                none: badges carry the printed code only, and a QR code is refused
 */
public record BadgeSettings(Optional<Path> keyFile) {

    public static final BadgeSettings NONE = new BadgeSettings(Optional.empty());
}
