package lategate.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where staff mode prints the fire roll ({@code [fire_roll]}, docs/settings.md): a folder, often a USB
 * stick, that gets a plain-text file of the roll each time, and the printer when {@code lp} is on the
 * kiosk. With no folder the roll goes to the printer alone.
 */
public record FireRollSettings(Optional<Path> printFolder) {

    public static final FireRollSettings NONE = new FireRollSettings(Optional.empty());

    public FireRollSettings {
        Objects.requireNonNull(printFolder, "printFolder");
    }
}
