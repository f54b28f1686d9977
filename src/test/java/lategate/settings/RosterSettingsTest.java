package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [roster]: the format of the school's MIS export, its own headers and badge_from (docs/mis-exports.md). */
class RosterSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT;

    @Test
    @DisplayName("without [roster] the roster is lategate's own format; format, [roster.columns] and badge_from are read")
    void read() throws Exception {
        assertEquals(RosterSettings.LATEGATE, SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).roster());
        RosterSettings roster = SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "[roster]\nformat = \"sims\"\n"
                + "badge_from = \"Admission Number\"\n\n[roster.columns]\n\"Pupil Ref\" = \"pupil_id\"\n"
                + "\"Form\" = \"class\"\n")).roster();
        assertEquals(new RosterSettings(RosterFormat.SIMS, Map.of("Pupil Ref", "pupil_id", "Form", "class"),
                Optional.of("Admission Number")), roster);
        assertEquals(List.of("Pupil Ref"), roster.headersOf("pupil_id"));
        assertEquals(List.of("Preferred Surname", "Legal Surname", "Surname", "family_name"),
                roster.headersOf("family_name"));
    }

    @Test
    @DisplayName("the inline form columns = { ... } reads the same as the [roster.columns] table")
    void inlineColumns() throws Exception {
        RosterSettings roster = SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "[roster]\nformat = \"arbor\"\n"
                + "columns = { \"MIS ID\" = \"pupil_id\" }\n")).roster();
        assertEquals(Map.of("MIS ID", "pupil_id"), roster.columns());
    }

    @Test
    @DisplayName("an unknown format, an unknown field, two headers on one field and badge_from beside a badge "
            + "mapping are each refused at their line")
    void everyProblemAtItsLine() throws Exception {
        Path file = SmallSchool.write(dir, SCHOOL + "[roster]\nformat = \"capita\"\nbadge_from = \"UPN\"\n\n"
                + "[roster.columns]\n\"Adno\" = \"pupil_id\"\n\"Pupil Ref\" = \"pupil_id\"\n\"House\" = \"house\"\n"
                + "\"Card\" = \"badge\"\n");
        String at = dir.resolve("test.toml") + ":";
        assertEquals(List.of(
                at + "28: roster.format: unknown format 'capita'; expected one of: \"lategate\", \"sims\", \"arbor\", "
                        + "\"bromcom\"",
                at + "29: roster.badge_from: the badge code comes from one column, but [roster.columns] also maps "
                        + "'Card' to badge: keep one of them",
                at + "33: roster.columns.Pupil Ref: 'Pupil Ref' and 'Adno' (line 32) are both mapped to pupil_id: a "
                        + "field comes from one column",
                at + "34: roster.columns.House: 'house' is not one of lategate's roster fields; expected one of: "
                        + "pupil_id, given_name, family_name, year, class, badge, send, pupil_premium, fsm, lac, eal, "
                        + "date_of_birth, badge_2"),
                SmallSchool.problems(file));
    }
}
