package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [clock] max_jump_minutes: how far the kiosk's clock may jump while running, 10 minutes unless set (issue 9). */
class ClockSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("test.toml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(Path file) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.read(file));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    @DisplayName("without a [clock] table the kiosk questions a jump of more than 10 minutes")
    void defaultJump() throws Exception {
        assertEquals(java.time.Duration.ofMinutes(10), SchoolSettings.read(write(SCHOOL)).clock().maxJump());
    }

    @Test
    @DisplayName("max_jump_minutes sets the jump allowed")
    void setJump() throws Exception {
        assertEquals(java.time.Duration.ofMinutes(30),
                SchoolSettings.read(write(SCHOOL + "[clock]\nmax_jump_minutes = 30\n")).clock().maxJump());
    }

    @Test
    @DisplayName("a jump of 0 minutes, a word or an unknown key is refused at its line")
    void badValues() throws Exception {
        String base = SCHOOL + "[clock]\n";
        assertEquals(List.of(dir.resolve("test.toml") + ":28: clock.max_jump_minutes: must be from 1 to 1440, not 0"),
                problems(write(base + "max_jump_minutes = 0\n")));
        assertTrue(problems(write(base + "max_jump_minutes = \"ten\"\n")).get(0)
                .contains("clock.max_jump_minutes: must be a whole number"));
        assertTrue(problems(write(base + "max_jump = 5\n")).get(0).contains(":28: clock.max_jump"));
    }
}
