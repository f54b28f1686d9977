package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The smallest valid settings file, 26 lines, for tests that add a table of their own after it and
 * name the lines they add: the first line added is line 27.
 */
final class SmallSchool {

    /** Writes {@code text} as a settings file in {@code dir}. */
    static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("test.toml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The problems reading {@code file} reports, as FILE:LINE: KEY: message lines; it must have some. */
    static List<String> problems(Path file) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.read(file));
        return e.problems().stream().map(Object::toString).toList();
    }

    static final String TEXT = String.join("\n",
            "[school]",
            "id = \"test\"",
            "name = \"Test School\"",
            "time_zone = \"Europe/London\"",
            "policy = \"Policy\"",
            "[registers.am]",
            "taken = \"08:45\"",
            "closes = \"09:10\"",
            "source = \"§4\"",
            "[registers.pm]",
            "taken = \"13:15\"",
            "closes = \"13:45\"",
            "source = \"§4\"",
            "[day]",
            "ends = \"15:15\"",
            "grace_after_close_minutes = 0",
            "[calendar]",
            "year_starts = 2026-09-01",
            "year_ends = 2027-07-31",
            "[[calendar.terms]]",
            "name = \"Autumn term\"",
            "starts = 2026-09-03",
            "ends = 2026-12-18",
            "[[reasons]]",
            "key = \"transport\"",
            "label = \"Bus or traffic\"",      // line 26
            "");

    private SmallSchool() {
    }
}
