package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The [staff] table: lockout and idle lock, all optional, each problem named at its line and key. */
class StaffSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT;

    @Test
    @DisplayName("with no [staff] table: 5 wrong PINs lock for 15 minutes, staff mode locks after 2 idle minutes")
    void defaults() throws Exception {
        StaffSettings staff = SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).staff();
        assertEquals(StaffSettings.DEFAULTS, staff);
        assertEquals(5, staff.lockoutRule().wrongPinsToLock());
        assertEquals(Duration.ofMinutes(15), staff.lockoutRule().lockFor());
        assertEquals(Duration.ofMinutes(2), staff.idleLock());
    }

    @Test
    @DisplayName("the school's own values are read; one left out keeps its default")
    void ownValues() throws Exception {
        StaffSettings staff = SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "[staff]\nlockout_after_wrong_pins = 3\n"
                + "lockout_minutes = 30\n")).staff();
        assertEquals(new StaffSettings(3, Duration.ofMinutes(30), Duration.ofMinutes(2)), staff);
    }

    @Test
    @DisplayName("a value out of range, a wrong kind and an unknown key are each named at their line and key")
    void problems() throws Exception {
        Path file = SmallSchool.write(dir, SCHOOL + "[staff]\n"          // 27
                + "lockout_after_wrong_pins = 0\n"        // 28
                + "lockout_minutes = \"15\"\n"            // 29
                + "idle_lock_minutes = 90\n"              // 30
                + "idle_minutes = 2\n");                  // 31
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.read(file));
        List<String> lines = e.problems().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.contains(file + ":28: staff.lockout_after_wrong_pins: must be from 3 to 20, not 0"),
                String.join("\n", lines));
        assertTrue(lines.contains(file + ":29: staff.lockout_minutes: must be a whole number, not text \"15\""),
                String.join("\n", lines));
        assertTrue(lines.contains(file + ":30: staff.idle_lock_minutes: must be from 1 to 60, not 90"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ":31: staff.idle_minutes: unknown key")),
                String.join("\n", lines));
    }

    @Test
    @DisplayName("the demo school's [staff] table loads with its commented defaults")
    void demo() throws Exception {
        assertEquals(StaffSettings.DEFAULTS, SchoolSettings.read(Path.of("config/schools/demo.toml")).staff());
    }
}
