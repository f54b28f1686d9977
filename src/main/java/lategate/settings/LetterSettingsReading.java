package lategate.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional {@code [letters]} table: the folder of the school's letter templates. A
 * relative path is taken from the settings file's folder, so {@code templates = "letters"} in
 * /etc/lategate/school.toml is /etc/lategate/letters, wherever the command is run from.
 */
final class LetterSettingsReading {

    private LetterSettingsReading() {
    }

    static LetterSettings read(Section root, Path settingsFile) {
        Optional<Section> table = root.table("letters", false);
        if (table.isEmpty()) {
            return LetterSettings.NONE;
        }
        Section s = table.get();
        s.allowOnly(Set.of("templates"));
        Optional<String> text = s.string("templates", false);
        if (text.isEmpty()) {
            return LetterSettings.NONE;
        }
        if (text.get().isBlank()) {
            s.problem("templates", "an empty folder name: name the folder of the school's letter templates, e.g. "
                    + "\"letters\" (beside this file) or \"/etc/lategate/letters\"");
            return LetterSettings.NONE;
        }
        Path folder;
        try {
            folder = Path.of(text.get());
        } catch (java.nio.file.InvalidPathException e) {
            s.problem("templates", "'" + text.get() + "' is not a folder path: " + e.getReason());
            return LetterSettings.NONE;
        }
        if (!folder.isAbsolute()) {
            Path parent = settingsFile.toAbsolutePath().getParent();
            folder = parent == null ? folder.toAbsolutePath() : parent.resolve(folder).normalize();
        }
        // Only 'lategate letters' reads the templates, and it refuses then with the folder named: a kiosk starts.
        if (!Files.isDirectory(folder)) {
            s.warning("templates", "the folder '" + folder + "' is not there: 'lategate letters' will refuse "
                    + "until it is (copy the shipped templates from config/letters)");
        }
        return new LetterSettings(Optional.of(folder));
    }
}
