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

/** [slips]: the receipt printer late slips come out of (docs/settings.md, "[slips]"), checked at its lines. */
class SlipSettingsTest {

    @TempDir
    Path dir;

    private static final String SCHOOL = SmallSchool.TEXT; // [slips] below is line 27, its first key line 28

    private Settings read(String... lines) throws Exception {
        return SchoolSettings.read(SmallSchool.write(dir, SCHOOL + "[slips]\n" + String.join("\n", lines) + "\n"));
    }

    private List<String> problems(String... lines) throws Exception {
        return SmallSchool.problems(SmallSchool.write(dir, SCHOOL + "[slips]\n" + String.join("\n", lines) + "\n"));
    }

    @Test
    @DisplayName("no [slips] table: no slips")
    void none() throws Exception {
        assertEquals(Optional.empty(), SchoolSettings.read(SmallSchool.write(dir, SCHOOL)).slips());
    }

    @Test
    @DisplayName("a device file, a serial port (tty, or any path with baud) and an lp queue; 42 characters and CP858 by default")
    void printers() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        SlipSettings usb = read("printer = \"" + device + "\"").slips().orElseThrow();
        assertEquals(new SlipSettings(new SlipSettings.Printer.DeviceFile(device), 42, SlipSettings.CodePage.CP858), usb);
        assertEquals(new SlipSettings.Printer.SerialPort(Path.of("/dev/ttyUSB0"), 9600),
                read("printer = \"/dev/ttyUSB0\"").slips().orElseThrow().printer());
        assertEquals(new SlipSettings.Printer.SerialPort(device, 19200),
                read("printer = \"" + device + "\"", "baud = 19200").slips().orElseThrow().printer());
        SlipSettings lp = read("printer = \"lp:frontdesk\"", "width = 32", "code_page = \"wpc1252\"").slips()
                .orElseThrow();
        assertEquals(new SlipSettings(new SlipSettings.Printer.LpQueue("frontdesk"), 32, SlipSettings.CodePage.WPC1252),
                lp);
        assertEquals("lp:frontdesk", lp.printer().written());
    }

    @Test
    @DisplayName("a printer not plugged in now is a warning, never an error: marks are recorded whatever it does")
    void notThereNow() throws Exception {
        Settings read = read("printer = \"" + dir.resolve("lp9") + "\"");
        assertTrue(read.slips().isPresent());
        assertTrue(read.warnings().stream().anyMatch(w -> w.toString().contains(":28: slips.printer: warning: '"
                + dir.resolve("lp9") + "' is not there now")), read.warnings().toString());
    }

    @Test
    @DisplayName("each wrong value is refused at its line, saying what to write")
    void refused() throws Exception {
        String file = dir.resolve("test.toml").toString();
        assertEquals(List.of(file + ":28: slips.printer: 'usb/lp0' must be the printer's full path, e.g. "
                + "\"/dev/usb/lp0\" or \"/dev/ttyUSB0\", or a queue, e.g. \"lp:frontdesk\""), problems("printer = \"usb/lp0\""));
        assertEquals(List.of(file + ":28: slips.printer: 'lp:front desk' must name a printer queue after lp:, e.g. "
                + "\"lp:frontdesk\" ('lpstat -p' lists them)"), problems("printer = \"lp:front desk\""));
        assertEquals(List.of(file + ":29: slips.width: must be from 24 to 64, not 80"),
                problems("printer = \"lp:frontdesk\"", "width = 80"));
        assertTrue(problems("printer = \"lp:frontdesk\"", "code_page = \"utf-8\"").get(0).startsWith(file
                + ":29: slips.code_page: 'utf-8' is not a code page lategate prints in: use one of \"cp437\""));
        assertTrue(problems("printer = \"/dev/ttyUSB0\"", "baud = 9601").get(0).startsWith(file
                + ":29: slips.baud: 9601 is not a standard baud rate"));
        assertTrue(problems("printer = \"lp:frontdesk\"", "baud = 9600").get(0).startsWith(file
                + ":29: slips.baud: a queue's speed is set in CUPS"));
        assertTrue(problems("printer = \"lp:frontdesk\"", "paper = \"80mm\"").get(0).startsWith(file
                + ":29: slips.paper: unknown key"));
        assertEquals(List.of(file + ":27: slips.printer: missing value: add printer = \"...\" under [slips]"),
                problems("width = 42"));
    }
}
