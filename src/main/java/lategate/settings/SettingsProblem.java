package lategate.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong in a settings file, located precisely enough to fix it without searching. An
 * error stops the file being used; a warning is a value that works but is probably not what the
 * school means (a clock that is not UK time).
 */
public record SettingsProblem(Path file, int line, String key, String message, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public SettingsProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error: the file cannot be used until it is fixed. */
    public SettingsProblem(Path file, int line, String key, String message) {
        this(file, line, key, message, Severity.ERROR);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** FILE:LINE: KEY: message, with "warning: " before the message of a warning. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + (isWarning() ? "warning: " : "")
                + message;
    }
}
