package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import lategate.domain.lateness.LatenessPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message that cites a policy section takes it from the school's own settings ([school] policy
 * and the table's source key), so a school is never shown another school's policy. Without a
 * source a message cites "the school's policy", or, for the penalty notice, the national framework.
 */
class PolicyCitationsFromSettingsTest {

    @TempDir
    Path dir;

    private static Settings shipped(String id) throws InvalidSettingsException {
        return SchoolSettings.read(Path.of("config/schools/" + id + ".toml"));
    }

    @Test
    @DisplayName("Oak Meadow's lunchtime passes, sign-outs, persistent lateness and stages cite its own sections")
    void oakMeadowCitesItsOwnPolicy() throws Exception {
        Settings oak = shipped("oak-meadow");
        assertEquals("Attendance and Absence Policy §10", oak.lunch().orElseThrow().citation());
        assertEquals("Attendance and Absence Policy §11", oak.signOutCitation());
        assertEquals("Attendance and Absence Policy §11", oak.lateness().persistentLateCitation());
        assertEquals("Attendance and Absence Policy §21 and Appendix 1", oak.lateness().stagesCitation());
        assertEquals(LatenessPolicy.NATIONAL_FRAMEWORK, oak.lateness().penaltyNoticeCitation());
        assertTrue(oak.lunch().orElseThrow().problemLeavingAt(LocalTime.of(12, 0)).orElseThrow()
                .endsWith("(Attendance and Absence Policy §10)"));
    }

    @Test
    @DisplayName("each shipped school cites the sections its policy has, and nothing for what it does not say")
    void theOtherSchools() throws Exception {
        assertEquals("Attendance Policy §12.2", shipped("seagrave").signOutCitation());
        assertEquals("Attendance Policy §17", shipped("seagrave").lateness().persistentLateCitation());
        assertEquals("PSA Attendance Policy §X", shipped("psa").lateness().penaltyNoticeCitation());
        assertEquals("Attendance Policy (Pupils) §5.2", shipped("kts").lateness().penaltyNoticeCitation());
        assertEquals(Settings.UNCITED, shipped("russell").signOutCitation());
    }

    @Test
    @DisplayName("the demo names no sections: its messages cite the school's policy, and the national framework")
    void demoIsUncited() throws Exception {
        Settings demo = shipped("demo");
        assertEquals("the school's policy", demo.lunch().orElseThrow().citation());
        assertEquals("the school's policy", demo.signOutCitation());
        assertEquals("the school's policy", demo.lateness().stagesCitation());
        assertTrue(demo.lateness().penaltyNoticeCitation().contains("Working together to improve school attendance"));
    }

    @Test
    @DisplayName("a source that is not one short line is refused at its file, line and key")
    void aSourceTooLongIsNamed() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("config/schools/demo.toml"), StandardCharsets.UTF_8);
        int lunch = lines.indexOf("[lunch]");
        lines.add(lunch + 1, "source = \"" + "§".repeat(SchoolSettings.MAX_SOURCE_CHARS + 1) + "\"");
        Path file = dir.resolve("demo.toml");
        Files.write(file, lines, StandardCharsets.UTF_8);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.read(file));
        assertEquals(1, e.problems().size(), e.problems().toString());
        SettingsProblem p = e.problems().get(0);
        assertEquals(lunch + 2, p.line(), p.toString());
        assertEquals("lunch.source", p.key(), p.toString());
        assertTrue(p.toString().startsWith(file + ":" + (lunch + 2) + ": lunch.source: is not a section"),
                p.toString());
    }

    @Test
    @DisplayName("a source key where none belongs is an unknown key, as any other")
    void sourceOnlyWhereItBelongs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("config/schools/demo.toml"), StandardCharsets.UTF_8);
        lines.add(lines.indexOf("[kiosk]") + 1, "source = \"§3\"");
        Path file = dir.resolve("demo.toml");
        Files.write(file, lines, StandardCharsets.UTF_8);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.read(file));
        assertEquals("kiosk.source", e.problems().get(0).key(), e.problems().toString());
    }
}
