package lategate.settings;

import java.util.Objects;

/**
 * One serial scanner (a USB virtual COM port) as a school's settings describe it: its name, which
 * every scan it reads is tagged with, the port's path, how the line is set up, and what the scanner
 * sends after each code. Most scanners work at 9600 baud, 8 data bits, no parity, 1 stop bit, ending
 * each code with CR: those are the defaults.
 *
 * @param name     how staff and the scan log call it, e.g. "late gate"
 * @param port     the port's path, e.g. "/dev/ttyACM0" (a path under /dev/serial/by-id/ stays the same when
 *                 the scanner is plugged into another socket)
 * @param baud     one of {@link #STANDARD_BAUD_RATES}
 * @param dataBits 7 or 8
 * @param stopBits 1 or 2
 */
public record ScannerSettings(String name, String port, int baud, int dataBits, Parity parity, int stopBits,
                              Terminator terminator) {

    /** The rates serial scanners and USB adapters offer; anything else is a typing mistake. */
    public static final java.util.List<Integer> STANDARD_BAUD_RATES = java.util.List.of(1200, 2400, 4800, 9600,
            14400, 19200, 38400, 57600, 115200, 230400);
    public static final int DEFAULT_BAUD = 9600;
    public static final int DEFAULT_DATA_BITS = 8;
    public static final int DEFAULT_STOP_BITS = 1;

    public ScannerSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(terminator, "terminator");
        if (!STANDARD_BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException(baud + " is not a standard baud rate");
        }
        if (dataBits != 7 && dataBits != 8) {
            throw new IllegalArgumentException("data bits must be 7 or 8, not " + dataBits);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits must be 1 or 2, not " + stopBits);
        }
    }

    /** A scanner with the usual line settings: 9600 baud, 8 data bits, no parity, 1 stop bit. */
    public static ScannerSettings usual(String name, String port, Terminator terminator) {
        return new ScannerSettings(name, port, DEFAULT_BAUD, DEFAULT_DATA_BITS, Parity.NONE, DEFAULT_STOP_BITS,
                terminator);
    }

    public enum Parity {
        NONE, EVEN, ODD;

        /** As written in the settings: "none", "even" or "odd". */
        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a scanner sends after each code. */
    public enum Terminator {
        CR(new byte[] {'\r'}), LF(new byte[] {'\n'}), CRLF(new byte[] {'\r', '\n'});

        private final byte[] bytes;

        Terminator(byte[] bytes) {
            this.bytes = bytes;
        }

        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
