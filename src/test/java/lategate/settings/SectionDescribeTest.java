package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value of the wrong kind is described in plain words, never by its Java class name. */
class SectionDescribeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("each kind of TOML value is named in plain words")
    void plainWords() {
        assertEquals("a number 5", Section.describe(5L));
        assertEquals("a decimal number 2.5", Section.describe(2.5));
        assertEquals("true/false true", Section.describe(true));
        assertEquals("a date 2026-09-01", Section.describe(LocalDate.of(2026, 9, 1)));
        assertEquals("a time 08:45", Section.describe(LocalTime.of(8, 45)));
        assertTrue(Section.describe(LocalDateTime.of(2026, 9, 1, 8, 45)).startsWith("a date and time "));
        assertTrue(Section.describe(OffsetDateTime.of(2026, 9, 1, 8, 45, 0, 0, ZoneOffset.UTC))
                .startsWith("a date and time "));
    }

    @Test
    @DisplayName("a date and time where text is expected says 'a date and time', not OffsetDateTime")
    void offsetDateTimeInAFile() throws Exception {
        String text = Files.readString(Path.of("config", "schools", "russell.toml"), StandardCharsets.UTF_8)
                .replace("policy = \"Attendance Policy\"", "policy = 2026-09-01T08:45:00Z");
        Path file = dir.resolve("russell.toml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<SettingsProblem> problems = assertThrows(InvalidSettingsException.class,
                () -> SchoolSettings.load(file)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("school.policy", problems.get(0).key());
        assertTrue(problems.get(0).message().contains("not a date and time 2026-09-01T08:45Z"), problems.toString());
        assertFalse(problems.get(0).message().contains("DateTime"), problems.toString());
    }
}
