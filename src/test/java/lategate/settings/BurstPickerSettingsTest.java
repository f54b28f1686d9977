package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * [kiosk] reason_timeout_seconds_in_burst: how long the reason picker waits while pupils queue
 * (docs/receptionist.md, "A queue at the gate"); never longer than reason_timeout_seconds.
 */
class BurstPickerSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT + "[kiosk]\n"; // line 27

    @Test
    @DisplayName("unset, the picker waits 15 s in a burst, or the whole timeout when that is shorter")
    void defaults() throws Exception {
        assertEquals(Duration.ofSeconds(15), SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).kiosk()
                .reasonTimeoutInBurst());
        assertEquals(Duration.ofSeconds(12), SchoolSettings.read(SmallSchool.write(dir, SCHOOL
                + "reason_timeout_seconds = 12\n")).kiosk().reasonTimeoutInBurst());
    }

    @Test
    @DisplayName("a school may set it")
    void set() throws Exception {
        assertEquals(Duration.ofSeconds(8), SchoolSettings.read(SmallSchool.write(dir, SCHOOL
                + "reason_timeout_seconds_in_burst = 8\n")).kiosk().reasonTimeoutInBurst());
    }

    @Test
    @DisplayName("longer than reason_timeout_seconds is refused at its line: a burst waits less, never more")
    void longerThanTheTimeout() throws Exception {
        Path file = SmallSchool.write(dir, SCHOOL + "reason_timeout_seconds = 30\nreason_timeout_seconds_in_burst = 40\n");
        assertEquals(List.of(file + ":29: kiosk.reason_timeout_seconds_in_burst: 40 s is longer than "
                + "reason_timeout_seconds (30 s): in a burst the picker waits less, never more, e.g. "
                + "reason_timeout_seconds_in_burst = 15"), SmallSchool.problems(file));
    }

    @Test
    @DisplayName("outside 5 to 600 is refused at its line")
    void outOfRange() throws Exception {
        Path file = SmallSchool.write(dir, SCHOOL + "reason_timeout_seconds_in_burst = 2\n");
        List<String> problems = SmallSchool.problems(file);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertEquals(true, problems.get(0).startsWith(file + ":28: kiosk.reason_timeout_seconds_in_burst"),
                problems.get(0));
    }
}
