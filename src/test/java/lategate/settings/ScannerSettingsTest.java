package lategate.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lategate.settings.ScannerSettings.Parity;
import lategate.settings.ScannerSettings.Terminator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [[scanner]]: serial scanners, each named, on its own port, with its line settings checked at their lines. */
class ScannerSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT; // the first [[scanner]] below is line 27

    private Path write(String... scannerLines) throws IOException {
        Path file = dir.resolve("test.toml");
        Files.writeString(file, SCHOOL + String.join("\n", scannerLines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> problems(Path file) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SchoolSettings.read(file));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    @DisplayName("no [[scanner]] means a keyboard-wedge scanner only, as before")
    void none() throws Exception {
        assertEquals(List.of(), SchoolSettings.read(write()).scanners());
    }

    @Test
    @DisplayName("every key as written, and two scanners in the order of the file")
    void twoScanners() throws Exception {
        Path file = write(
                "[[scanner]]",
                "name = \"late gate\"",
                "port = \"/dev/ttyACM0\"",
                "baud = 19200",
                "data_bits = 7",
                "parity = \"even\"",
                "stop_bits = 2",
                "terminator = \"CRLF\"",
                "[[scanner]]",
                "name = \"reception\"",
                "port = \"/dev/serial/by-id/usb-Scanner-if00\"");
        assertEquals(List.of(
                new ScannerSettings("late gate", "/dev/ttyACM0", 19200, 7, Parity.EVEN, 2, Terminator.CRLF),
                ScannerSettings.usual("reception", "/dev/serial/by-id/usb-Scanner-if00", Terminator.CR)),
                SchoolSettings.read(file).scanners());
    }

    @Test
    @DisplayName("a parity, terminator, baud rate, data bits or stop bits a scanner cannot have: each named at its line")
    void badLineSettings() throws Exception {
        Path file = write(
                "[[scanner]]",                 // 27
                "name = \"late gate\"",
                "port = \"/dev/ttyACM0\"",
                "baud = 9601",                  // 30
                "data_bits = 5",
                "parity = \"mark\"",
                "stop_bits = 3",
                "terminator = \"cr\"");          // 34
        assertEquals(List.of(
                file + ":30: scanner[1].baud: 9601 is not a standard baud rate: use one of 1200, 2400, 4800, 9600, "
                        + "14400, 19200, 38400, 57600, 115200, 230400 (the scanner's manual says which; most use 9600)",
                file + ":31: scanner[1].data_bits: must be 7 or 8, not 5: a scanner sends letters and digits, which "
                        + "need 7 or 8 data bits (most use 8)",
                file + ":32: scanner[1].parity: 'mark' is not a parity: use \"none\", \"even\", \"odd\"",
                file + ":33: scanner[1].stop_bits: must be 1 or 2, not 3: most scanners use 1",
                file + ":34: scanner[1].terminator: 'cr' is not what a scanner sends after a code: use \"CR\", "
                        + "\"LF\", \"CRLF\""),
                problems(file));
    }

    @Test
    @DisplayName("a negative or decimal baud rate is refused, never rounded")
    void baudNotAPositiveWholeRate() throws Exception {
        Path negative = write("[[scanner]]", "name = \"a\"", "port = \"/dev/ttyACM0\"", "baud = -9600");
        assertTrue(problems(negative).get(0).startsWith(negative + ":30: scanner[1].baud: -9600 is not a standard "
                + "baud rate"), problems(negative).toString());
        Path decimal = write("[[scanner]]", "name = \"a\"", "port = \"/dev/ttyACM0\"", "baud = 9600.0");
        assertEquals(List.of(decimal + ":30: scanner[1].baud: must be a whole number, not a decimal number 9600.0"),
                problems(decimal));
    }

    @Test
    @DisplayName("two scanners with one name, or on one port, are refused at the second")
    void duplicates() throws Exception {
        Path file = write(
                "[[scanner]]",                 // 27
                "name = \"Late Gate\"",
                "port = \"/dev/ttyACM0\"",
                "[[scanner]]",                 // 30
                "name = \"late gate\"",
                "port = \"/dev/ttyACM0\"");
        assertEquals(List.of(
                file + ":31: scanner[2].name: another scanner (line 27) is already called 'late gate': each needs a "
                        + "name of its own, since its scans are tagged with it",
                file + ":32: scanner[2].port: the scanner on line 27 already reads /dev/ttyACM0: one port is one "
                        + "scanner"),
                problems(file));
    }

    @Test
    @DisplayName("a scanner needs a name and a full port path; 'keyboard' is the wedge's name")
    void nameAndPort() throws Exception {
        Path missing = write("[[scanner]]", "baud = 9600");
        assertEquals(List.of(
                missing + ":27: scanner[1].name: missing value: add name = \"...\" under [scanner[1]]",
                missing + ":27: scanner[1].port: missing value: add port = \"...\" under [scanner[1]]"),
                problems(missing));
        Path bad = write("[[scanner]]", "name = \"Keyboard\"", "port = \"ttyACM0\"");
        List<String> lines = problems(bad);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(bad + ":28: scanner[1].name: 'Keyboard' is what the scan log calls the "
                + "keyboard-wedge scanner"), lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ":29: scanner[1].port: 'ttyACM0' must be the port's full path, "
                + "e.g. \"/dev/ttyACM0\""), lines.get(1));
    }

    @Test
    @DisplayName("[scanner] written as a single table, and an unknown key, are named")
    void shapeAndUnknownKey() throws Exception {
        Path single = write("[scanner]", "name = \"a\"", "port = \"/dev/ttyACM0\"");
        assertEquals(List.of(single + ":27: scanner: must be a list of tables, each written [[scanner]]"),
                problems(single));
        Path unknown = write("[[scanner]]", "name = \"a\"", "port = \"/dev/ttyACM0\"", "speed = 9600");
        assertTrue(problems(unknown).get(0).startsWith(unknown + ":30: scanner[1].speed: unknown key; expected one "
                + "of: baud, data_bits, name, parity, port, stop_bits, terminator"), problems(unknown).toString());
    }
}
