package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [kiosk] staff_key: the function key that opens staff mode, optional, F2 unless the school says otherwise. */
class StaffKeySettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT + "[kiosk]\n"; // line 27

    @Test
    @DisplayName("with no staff_key, staff mode opens with F2")
    void defaultIsF2() throws Exception {
        assertEquals(2, SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).kiosk().staffFunctionKey());
    }

    @Test
    @DisplayName("a school may choose another function key for staff mode")
    void ownKey() throws Exception {
        assertEquals(9, SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "staff_key = \"F9\"\n")).kiosk().staffFunctionKey());
    }

    @Test
    @DisplayName("a staff key that is not F1 to F12 is named at its line, like the exit key")
    void notAFunctionKey() throws Exception {
        Path file = SmallSchool.write(dir, SCHOOL + "staff_key = \"F13\"\n");
        List<String> lines = SmallSchool.problems(file);
        assertEquals(List.of(file + ":28: kiosk.staff_key: 'F13' is not a function key: use F1 to F12, e.g. \"F2\""),
                lines);
    }

    @Test
    @DisplayName("the staff key cannot be the exit key: one key, two meanings, would lock staff out of one of them")
    void notTheExitKey() throws Exception {
        Path file = SmallSchool.write(dir, SCHOOL + "exit_key = \"F2\"\n");
        List<String> lines = SmallSchool.problems(file);
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith(file + ":28: kiosk.exit_key: F2 is both the exit key and the staff key"),
                lines.get(0));
    }
}
