package lategate.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the school's letter templates are kept (docs/attendance-lead.md, "Letters").
 *
 * @param templates the folder under [letters] templates, relative paths already resolved against the
 *                  settings file's folder; none: beside the settings file, then the shipped templates
 */
public record LetterSettings(Optional<Path> templates) {

    public static final LetterSettings NONE = new LetterSettings(Optional.empty());

    public LetterSettings {
        Objects.requireNonNull(templates, "templates");
    }
}
