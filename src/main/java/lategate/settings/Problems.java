package lategate.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file in the order of its lines. */
final class Problems {

    private final Path file;
    private final List<SettingsProblem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String key, String message) {
        found.add(new SettingsProblem(file, line, key, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<SettingsProblem> sorted() {
        return found.stream().sorted(Comparator.comparingInt(SettingsProblem::line)).toList();
    }
}
