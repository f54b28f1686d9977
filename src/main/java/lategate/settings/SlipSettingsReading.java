package lategate.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the optional {@code [slips]} table: the receipt printer a late pupil's slip comes out of. A printer
 * that is not plugged in now is a warning, not an error: slips wait for it, and the marks never do.
 */
final class SlipSettingsReading {

    private static final String LP = "lp:";
    private static final Set<String> KEYS = Set.of("printer", "width", "code_page", "baud");

    private SlipSettingsReading() {
    }

    static Optional<SlipSettings> read(Section root) {
        Optional<Section> table = root.table("slips", false);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Section s = table.get();
        s.allowOnly(KEYS);
        Optional<SlipSettings.Printer> printer = s.string("printer", true).flatMap(p -> printer(s, p));
        Optional<Long> width = s.has("width")
                ? s.integer("width", true, SlipSettings.MIN_WIDTH, SlipSettings.MAX_WIDTH)
                : Optional.of((long) SlipSettings.WIDTH_80_MM);
        Optional<SlipSettings.CodePage> codePage = codePage(s);
        if (printer.isEmpty() || width.isEmpty() || codePage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SlipSettings(printer.get(), width.get().intValue(), codePage.get()));
    }

    private static Optional<SlipSettings.Printer> printer(Section s, String written) {
        if (written.startsWith(LP)) {
            String queue = written.substring(LP.length());
            if (!queue.matches("[A-Za-z0-9_.-]{1,100}")) {
                s.problem("printer", "'" + written + "' must name a printer queue after lp:, e.g. \"lp:frontdesk\" "
                        + "('lpstat -p' lists them)");
                return Optional.empty();
            }
            if (s.has("baud")) {
                s.problem("baud", "a queue's speed is set in CUPS, not here: take baud out, or name the serial "
                        + "port as the printer");
                return Optional.empty();
            }
            return Optional.of(new SlipSettings.Printer.LpQueue(queue));
        }
        Path path = Path.of(written);
        if (!path.isAbsolute()) {
            s.problem("printer", "'" + written + "' must be the printer's full path, e.g. \"/dev/usb/lp0\" or "
                    + "\"/dev/ttyUSB0\", or a queue, e.g. \"lp:frontdesk\"");
            return Optional.empty();
        }
        // The kiosk starts before staff switch the printer on as often as not: say so, and start anyway.
        if (!Files.exists(path)) {
            s.warning("printer", "'" + written + "' is not there now: slips are not printed until it is "
                    + "(is the printer on and plugged in?); marks are recorded whatever the printer does");
        }
        boolean serial = s.has("baud") || path.getFileName().toString().startsWith("tty");
        if (!serial) {
            return Optional.of(new SlipSettings.Printer.DeviceFile(path));
        }
        if (!s.has("baud")) {
            return Optional.of(new SlipSettings.Printer.SerialPort(path, ScannerSettings.DEFAULT_BAUD));
        }
        return s.integer("baud", true, Long.MIN_VALUE, Long.MAX_VALUE).flatMap(baud -> {
            if (!ScannerSettings.STANDARD_BAUD_RATES.contains(baud.intValue())
                    || baud.intValue() != baud.longValue()) {
                s.problem("baud", baud + " is not a standard baud rate: use one of "
                        + ScannerSettings.STANDARD_BAUD_RATES.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " (the printer's self-test page says which)");
                return Optional.empty();
            }
            return Optional.of(new SlipSettings.Printer.SerialPort(path, baud.intValue()));
        });
    }

    private static Optional<SlipSettings.CodePage> codePage(Section s) {
        if (!s.has("code_page")) {
            return Optional.of(SlipSettings.CodePage.CP858);
        }
        return s.string("code_page", true).flatMap(text -> {
            for (SlipSettings.CodePage page : SlipSettings.CodePage.values()) {
                if (page.written().equalsIgnoreCase(text)) {
                    return Optional.of(page);
                }
            }
            s.problem("code_page", "'" + text + "' is not a code page lategate prints in: use one of "
                    + Arrays.stream(SlipSettings.CodePage.values()).map(p -> "\"" + p.written() + "\"")
                    .collect(Collectors.joining(", ")) + " (the printer's self-test page lists those it has)");
            return Optional.empty();
        });
    }
}
