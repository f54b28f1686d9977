package lategate.settings;

import java.nio.file.Path;

/** One thing wrong in a settings file, located precisely enough to fix it without searching. */
public record SettingsProblem(Path file, int line, String key, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + message;
    }
}
