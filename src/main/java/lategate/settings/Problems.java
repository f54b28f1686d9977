package lategate.settings;

import java.nio.file.Path;
import java.util.ArrayList;
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
        return byLine(found);
    }

    List<SettingsProblem> warnings() {
        return byLine(warnings);
    }

    /**
     * In the order of their lines, those on one line in the order they were found: an insertion
     * sort, as a file has a handful of problems and a comparator would be spun up at run time for them.
     */
    private static List<SettingsProblem> byLine(List<SettingsProblem> problems) {
        List<SettingsProblem> sorted = new ArrayList<>(problems.size());
        for (SettingsProblem problem : problems) {
            int at = sorted.size();
            while (at > 0 && sorted.get(at - 1).line() > problem.line()) {
                at--;
            }
            sorted.add(at, problem);
        }
        return List.copyOf(sorted);
    }
}
