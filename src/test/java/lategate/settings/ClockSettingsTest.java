package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    @DisplayName("without a [clock] table the kiosk questions a jump of more than 10 minutes")
    void defaultJump() throws Exception {
        assertEquals(java.time.Duration.ofMinutes(10), SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).clock().maxJump());
    }

    @Test
    @DisplayName("max_jump_minutes sets the jump allowed")
    void setJump() throws Exception {
        assertEquals(java.time.Duration.ofMinutes(30),
                SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "[clock]\nmax_jump_minutes = 30\n")).clock().maxJump());
    }

    @Test
    @DisplayName("a jump of 0 minutes, a word or an unknown key is refused at its line")
    void badValues() throws Exception {
        String base = SCHOOL + "[clock]\n";
        assertEquals(List.of(dir.resolve("test.toml") + ":28: clock.max_jump_minutes: must be from 1 to 1440, not 0"),
                SmallSchool.problems(SmallSchool.write(dir, base + "max_jump_minutes = 0\n")));
        assertTrue(SmallSchool.problems(SmallSchool.write(dir, base + "max_jump_minutes = \"ten\"\n")).get(0)
                .contains("clock.max_jump_minutes: must be a whole number"));
        assertTrue(SmallSchool.problems(SmallSchool.write(dir, base + "max_jump = 5\n")).get(0).contains(":28: clock.max_jump"));
    }
}
