package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [fire_roll] print_folder: where staff mode saves the printed fire roll (docs/settings.md, "The fire roll's print folder"). */
class FireRollSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT;

    @Test
    @DisplayName("without [fire_roll] the roll goes to the printer alone; print_folder names the folder")
    void folder() throws Exception {
        assertEquals(Optional.empty(), SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).fireRoll().printFolder());
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Settings read = SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "[fire_roll]\nprint_folder = \"" + usb
                + "\"\n"));
        assertEquals(Optional.of(usb), read.fireRoll().printFolder());
        assertTrue(read.warnings().stream().noneMatch(w -> w.toString().contains("fire_roll")), read.warnings().toString());
    }

    @Test
    @DisplayName("a relative folder and an unknown key are refused at their line; a folder not there now is a warning")
    void badValues() throws Exception {
        String base = SCHOOL + "[fire_roll]\n";
        assertEquals(List.of(dir.resolve("test.toml") + ":28: fire_roll.print_folder: the folder 'usb' must be an "
                        + "absolute path, e.g. \"/media/usb\""),
                SmallSchool.problems(SmallSchool.write(dir, base + "print_folder = \"usb\"\n")));
        assertTrue(SmallSchool.problems(SmallSchool.write(dir, base + "printer = \"office\"\n")).get(0)
                .contains(":28: fire_roll.printer"));
        Settings stickOut = SchoolSettings.read(SmallSchool.write(dir, base + "print_folder = \"" + dir.resolve("no-stick")
                + "\"\n"));
        assertTrue(stickOut.warnings().stream().anyMatch(w -> w.toString().contains(":28: fire_roll.print_folder: warning: "
                + "the folder '" + dir.resolve("no-stick") + "' is not there now")), stickOut.warnings().toString());
    }
}
