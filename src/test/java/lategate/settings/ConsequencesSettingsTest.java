package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [consequences] applies to both registers; [consequences.am] and [consequences.pm] replace it for one. */
class ConsequencesSettingsTest {

    @TempDir
    Path dir;

    private Path russellWith(String consequences) throws Exception {
        // Russell ships an empty [consequences] (§4 attaches none); the case supplies its own.
        String text = Files.readString(Path.of("config", "schools", "russell.toml"), StandardCharsets.UTF_8)
                .replace("\n[consequences]\n", "\n");
        Path file = dir.resolve("russell.toml");
        Files.writeString(file, text + "\n" + consequences, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("a top-level consequence applies to both registers, and a register's own table overrides it")
    void registerTableOverridesTopLevel() throws Exception {
        School school = SchoolSettings.load(russellWith(String.join("\n",
                "[consequences]",
                "L = \"Tell your tutor\"",
                "U = \"Detention after school\"",
                "",
                "[consequences.am]",
                "U = \"Lunchtime detention today\"",
                "")));
        assertEquals(Optional.of("Lunchtime detention today"), school.consequenceOf(Mark.U, Register.AM));
        assertEquals(Optional.of("Detention after school"), school.consequenceOf(Mark.U, Register.PM));
        assertEquals(Optional.of("Tell your tutor"), school.consequenceOf(Mark.L, Register.AM));
        assertEquals(Optional.of("Tell your tutor"), school.consequenceOf(Mark.L, Register.PM));
    }

    @Test
    @DisplayName("a register's consequences table allows only L and U, and a register that is not am or pm is named")
    void unknownKeysAreNamed() throws Exception {
        Path file = russellWith(String.join("\n",
                "[consequences.am]",
                "N = \"Phone home\"",
                "",
                "[consequences.lunch]",
                "U = \"Detention\"",
                ""));
        List<SettingsProblem> problems = assertThrows(InvalidSettingsException.class,
                () -> SchoolSettings.load(file)).problems();
        assertEquals(List.of("consequences.am.N", "consequences.lunch"),
                problems.stream().map(SettingsProblem::key).toList(), problems.toString());
    }

    @Test
    @DisplayName("[consequences.until] stops telling a consequence from its time: 'see your teacher at break' not at 13:50 or 15:14")
    void consequenceHasAWindow() throws Exception {
        School school = SchoolSettings.load(russellWith(String.join("\n",
                "[consequences]",
                "L = \"Tell your tutor\"",
                "U = \"Please see your class teacher at break\"",
                "",
                "[consequences.until]",
                "U = \"10:30\"",
                "")));
        java.time.LocalTime nineTwenty = java.time.LocalTime.of(9, 20);
        assertEquals(Optional.of("Please see your class teacher at break"),
                school.consequenceOf(Mark.U, Register.AM, nineTwenty));
        assertEquals(Optional.empty(), school.consequenceOf(Mark.U, Register.AM, java.time.LocalTime.of(10, 30)));
        assertEquals(Optional.empty(), school.consequenceOf(Mark.U, Register.PM, java.time.LocalTime.of(13, 50)));
        assertEquals(Optional.empty(), school.consequenceOf(Mark.U, Register.PM, java.time.LocalTime.of(15, 14)));
        assertEquals(Optional.of("Tell your tutor"), school.consequenceOf(Mark.L, Register.PM,
                java.time.LocalTime.of(15, 14)), "a mark with no window is told all day (the default)");
    }

    @Test
    @DisplayName("a window that is not a time of day is named at its key")
    void windowNotATime() throws Exception {
        Path file = russellWith(String.join("\n",
                "[consequences]",
                "U = \"Detention\"",
                "",
                "[consequences.until]",
                "U = \"break\"",
                "N = \"10:30\"",
                ""));
        List<SettingsProblem> problems = assertThrows(InvalidSettingsException.class,
                () -> SchoolSettings.load(file)).problems();
        assertEquals(List.of("consequences.until.N", "consequences.until.U"),
                problems.stream().map(SettingsProblem::key).sorted().toList(), problems.toString());
    }
}
