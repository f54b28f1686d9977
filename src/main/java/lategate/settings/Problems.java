package lategate.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, and its warnings apart, in the order of its lines. */
final class Problems {

    private final Path file;
    private final List<SettingsProblem> found = new ArrayList<>();
    private final List<SettingsProblem> warnings = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String key, String message) {
        found.add(new SettingsProblem(file, line, key, message));
    }

    /** A value that works but is probably not what the school means: said, but the file is still used. */
    void warn(int line, String key, String message) {
        warnings.add(new SettingsProblem(file, line, key, message, SettingsProblem.Severity.WARNING));
    }

    /** How many so far: a part of the file compares counts to tell whether it found problems of its own. */
    int count() {
        return found.size();
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<SettingsProblem> sorted() {
        return found.stream().sorted(Comparator.comparingInt(SettingsProblem::line)).toList();
    }

    List<SettingsProblem> warnings() {
        return warnings.stream().sorted(Comparator.comparingInt(SettingsProblem::line)).toList();
    }
}
