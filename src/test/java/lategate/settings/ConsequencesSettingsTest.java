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
}
