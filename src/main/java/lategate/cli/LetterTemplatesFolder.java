package lategate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.settings.Settings;
import lategate.wiring.BadInputException;

/**
 * Where 'lategate letters' finds the school's letter templates (docs/attendance-lead.md,
 * "Letters"): --templates; else the settings' [letters] templates; else a letters folder beside
 * the settings file (/etc/lategate/letters for /etc/lategate/school.toml, where an upgrade never
 * writes); else the shipped ones, which an upgrade replaces: the letters folder beside the
 * settings folder (config/letters for config/schools/NAME.toml), the distribution's
 * config/letters beside the running jar's lib folder, and config/letters under the working folder.
 */
final class LetterTemplatesFolder {

    private LetterTemplatesFolder() {
    }

    /**
     * The folder to read templates from.
     *
     * @param option       --templates, if given
     * @param settingsFile the settings file, as given
     * @param jar          the running jar, if lategate runs from one (the distribution's lib/lategate.jar)
     */
    static Path find(Optional<Path> option, Settings settings, Path settingsFile, Optional<Path> jar) {
        if (option.isPresent()) {
            if (!Files.isDirectory(option.get())) {
                throw new BadInputException("--templates " + option.get() + " is not a folder");
            }
            return option.get();
        }
        Optional<Path> named = settings.letters().templates();
        if (named.isPresent()) {
            if (!Files.isDirectory(named.get())) {
                throw new BadInputException(settingsFile + ": [letters] templates names " + named.get()
                        + ", which is not a folder (copy the shipped templates there, or give --templates DIR)");
            }
            return named.get();
        }
        List<Path> places = new ArrayList<>();
        Path settingsFolder = settingsFile.toAbsolutePath().normalize().getParent();
        if (settingsFolder != null) {
            places.add(settingsFolder.resolve("letters"));
            if (settingsFolder.getParent() != null) {
                places.add(settingsFolder.resolveSibling("letters"));
            }
        }
        jar.map(j -> j.toAbsolutePath().normalize().getParent()).map(Path::getParent)
                .ifPresent(home -> places.add(home.resolve("config").resolve("letters")));
        places.add(Path.of("config", "letters").toAbsolutePath());
        Set<Path> tried = new LinkedHashSet<>(places);
        for (Path place : tried) {
            if (Files.isDirectory(place)) {
                return place;
            }
        }
        throw new BadInputException("no letter templates: looked in " + String.join(", ",
                tried.stream().map(Path::toString).toList()) + ". Give --templates DIR, name the folder under "
                + "[letters] templates in " + settingsFile + ", or copy the shipped ones (config/letters) to "
                + tried.iterator().next());
    }
}
