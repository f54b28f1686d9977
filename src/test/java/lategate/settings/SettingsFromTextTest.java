package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Settings held as text (the hub's copy of a school's file) read exactly as the file would be. */
class SettingsFromTextTest {

    private static final Path DEMO = Path.of("config", "schools", "demo.toml");

    @Test
    @DisplayName("the text of a settings file gives the same school as the file")
    void sameAsTheFile() throws Exception {
        Settings fromFile = SchoolSettings.read(DEMO);
        Settings fromText = SchoolSettings.read(Files.readString(DEMO, StandardCharsets.UTF_8),
                Path.of("hub.school_settings", "demo.toml"));
        assertEquals(fromFile.school().id(), fromText.school().id());
        assertEquals(fromFile.school().timetable(), fromText.school().timetable());
        assertEquals(fromFile.school().reasons(), fromText.school().reasons());
        assertEquals(fromFile.school().calendar().yearStarts(), fromText.school().calendar().yearStarts());
        assertEquals(fromFile.school().calendar().schoolWeekCount(), fromText.school().calendar().schoolWeekCount());
        assertEquals(fromFile.lateness(), fromText.lateness());
    }

    @Test
    @DisplayName("a problem names the text by the name given, with its line; the name must still match the id, or be a kiosk's school.toml")
    void problemsNameTheText() throws Exception {
        String text = Files.readString(DEMO, StandardCharsets.UTF_8);
        InvalidSettingsException wrongName = assertThrows(InvalidSettingsException.class,
                () -> SchoolSettings.read(text, Path.of("hub.school_settings", "oak.toml")));
        assertTrue(wrongName.problems().get(0).toString().startsWith("hub.school_settings/oak.toml:6: school.id: "
                + "'demo' does not match the file name oak.toml"), wrongName.problems().toString());

        assertEquals("demo", SchoolSettings.read(text, Path.of("/etc/lategate", "school.toml")).school().id(),
                "a kiosk machine's one school is school.toml, whatever its id");

        InvalidSettingsException broken = assertThrows(InvalidSettingsException.class,
                () -> SchoolSettings.read(text.replace("closes = \"09:10\"", "closes = \"nine\""),
                        Path.of("hub.school_settings", "demo.toml")));
        assertTrue(broken.problems().get(0).toString().startsWith("hub.school_settings/demo.toml:13: "
                + "registers.am.closes: "), broken.problems().toString());
    }
}
