package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The headers each MIS format assumes are named in docs/mis-exports.md, since they are assumptions a
 * school checks against its own export: the page's table and the code must say the same.
 */
class RosterFormatsDocumentedTest {

    @Test
    @DisplayName("docs/mis-exports.md lists, for each field and format, exactly the headers the format reads, in order")
    void tableMatchesTheFormats() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("docs/mis-exports.md")).stream()
                .filter(l -> l.startsWith("| `")).toList();
        List<RosterFormat> formats = List.of(RosterFormat.SIMS, RosterFormat.ARBOR, RosterFormat.BROMCOM);
        int checked = 0;
        for (String field : RosterFormat.FIELDS) {
            String row = rows.stream().filter(l -> l.startsWith("| `" + field + "` |")).findFirst().orElse(null);
            if (row == null) {
                for (RosterFormat format : formats) {
                    assertEquals(List.of(field), format.headersOf(field), field + " is not in the table, so no "
                            + "format may assume a header for it");
                }
                continue;
            }
            if (field.equals("badge")) {
                continue; // from badge_from, or a badge column: no header assumed
            }
            String[] cells = row.split("\\|");
            for (int i = 0; i < formats.size(); i++) {
                List<String> documented = Arrays.stream(cells[i + 2].split(",")).map(String::strip).toList();
                List<String> read = formats.get(i).headersOf(field);
                // Every format also reads lategate's own field name, unless one of its headers is that already
                List<String> assumed = read.get(read.size() - 1).equals(field) ? read.subList(0, read.size() - 1) : read;
                assertEquals(assumed, documented, field + " in " + formats.get(i).settingName());
                checked++;
            }
        }
        assertEquals(21, checked, "seven fields in three formats");
    }
}
