package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings files are edited by hand on school PCs: a byte-order mark is fine, Latin-1 is named at its line. */
class SettingsEncodingTest {

    @TempDir
    Path dir;

    private Path russellSavedAs(byte[] bytes) throws Exception {
        Path file = dir.resolve("russell.toml");
        Files.write(file, bytes);
        return file;
    }

    private static String russell() throws Exception {
        return Files.readString(Path.of("config", "schools", "russell.toml"), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a settings file saved as UTF-8 with a byte-order mark loads")
    void byteOrderMarkIsSkipped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(russell().getBytes(StandardCharsets.UTF_8));
        assertEquals("russell", SchoolSettings.load(russellSavedAs(bytes.toByteArray())).id());
    }

    @Test
    @DisplayName("a settings file in Latin-1 is named as not UTF-8, at the line of the first bad byte")
    void latin1IsNamedAtItsLine() throws Exception {
        // "£" is 0xA3 in Latin-1; the policy's "§" further down would be 0xA7, so line 3 is the first.
        Path file = russellSavedAs(latin1("# comments\n#\n# late fee £5\n" + russell()));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.load(file));
        List<SettingsProblem> problems = e.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(file + ":3: the file is not UTF-8 (byte 0xA3): save it as UTF-8", problems.get(0).toString());
    }

    /** The text in ISO-8859-1, refusing any character Latin-1 cannot hold so the test stays honest. */
    private static byte[] latin1(String text) {
        for (char ch : text.toCharArray()) {
            if (ch > 0xff) {
                throw new IllegalArgumentException("not in Latin-1: " + ch);
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
