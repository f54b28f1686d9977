package lategate.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The receipt printer late slips go to ({@code [slips]}, docs/settings.md): where it is, how many characters
 * a line of its paper holds, and which of its code pages names are printed in. No {@code [slips]} table: no slips.
 *
 * @param width characters a line: 42 on 80 mm paper, 32 on 58 mm
 */
public record SlipSettings(Printer printer, int width, CodePage codePage) {

    public static final int WIDTH_80_MM = 42;
    public static final int MIN_WIDTH = 24;
    public static final int MAX_WIDTH = 64;

    public SlipSettings {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(codePage, "codePage");
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("a slip line is " + MIN_WIDTH + " to " + MAX_WIDTH + " characters, not "
                    + width);
        }
    }

    /** Where the slip's bytes go, as the settings' {@code printer} names it. */
    public sealed interface Printer {

        /** How staff see it named, e.g. "/dev/usb/lp0" or "lp:frontdesk". */
        String written();

        /** A printer's device file, written as a file: a USB printer's /dev/usb/lp0. */
        record DeviceFile(Path path) implements Printer {
            public DeviceFile {
                Objects.requireNonNull(path, "path");
            }

            @Override
            public String written() {
                return path.toString();
            }
        }

        /** A serial port (/dev/ttyUSB0), opened raw at {@code baud}, 8 data bits, no parity, 1 stop bit. */
        record SerialPort(Path path, int baud) implements Printer {
            public SerialPort {
                Objects.requireNonNull(path, "path");
            }

            @Override
            public String written() {
                return path.toString();
            }
        }

        /** A CUPS queue: the bytes go to {@code lp -d QUEUE -o raw}, so no driver changes them. */
        record LpQueue(String queue) implements Printer {
            public LpQueue {
                Objects.requireNonNull(queue, "queue");
            }

            @Override
            public String written() {
                return "lp:" + queue;
            }
        }
    }

    /**
     * The printer's code pages a school may choose, by the number ESC t selects (Epson's ESC/POS numbering,
     * which most receipt printers follow; the printer's self-test page lists its own) and the Java charset
     * that writes it. Western European names fit CP858 and WPC1252; Polish, Czech and Hungarian ones CP852.
     */
    public enum CodePage {
        CP437(0, "cp437"), CP850(2, "cp850"), CP852(18, "cp852"), CP858(19, "IBM00858"), WPC1252(16, "windows-1252");

        private final int escPosNumber;
        private final String charset;

        CodePage(int escPosNumber, String charset) {
            this.escPosNumber = escPosNumber;
            this.charset = charset;
        }

        /** The n of ESC t n that selects it. */
        public int escPosNumber() {
            return escPosNumber;
        }

        public java.nio.charset.Charset charset() {
            return java.nio.charset.Charset.forName(charset);
        }

        /** As written in the settings, e.g. "cp858". */
        public String written() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
