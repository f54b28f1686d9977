package lategate.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Reads the optional {@code [fire_roll]} table: the folder the printed roll goes to. */
final class FireRollSettingsReading {

    private FireRollSettingsReading() {
    }

    static FireRollSettings read(Section root) {
        Optional<Section> table = root.table("fire_roll", false);
        if (table.isEmpty()) {
            return FireRollSettings.NONE;
        }
        Section s = table.get();
        s.allowOnly(Set.of("print_folder"));
        Optional<Path> folder = s.string("print_folder", false).map(Path::of).filter(p -> {
            if (!p.isAbsolute()) {
                s.problem("print_folder", "the folder '" + p + "' must be an absolute path, e.g. \"/media/usb\"");
                return false;
            }
            return true;
        });
        // A USB stick is often out when the kiosk starts: the roll says so when it is printed, so here it is a warning.
        folder.filter(p -> !Files.isDirectory(p)).ifPresent(p -> s.warning("print_folder", "the folder '" + p
                + "' is not there now: a printed fire roll cannot be saved until it is (is the USB stick in?)"));
        return new FireRollSettings(folder);
    }
}
