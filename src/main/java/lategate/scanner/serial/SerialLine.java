package lategate.scanner.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import lategate.settings.ScannerSettings;

/**
 * One open serial port, through jSerialComm. The only class that touches the library, so a kiosk
 * without serial scanners never loads it (its native code is unpacked on first use).
 */
final class SerialLine implements AutoCloseable {

    /** How long one read waits for a byte: short, so the reader notices silence and being closed. */
    static final int READ_WAIT_MILLIS = 50;

    private final SerialPort port;

    private SerialLine(SerialPort port) {
        this.port = port;
    }

    /**
     * Opens the scanner's port with its line settings. The path is looked up afresh each time: a
     * symbolic link (such as /dev/serial/by-id/…) may point elsewhere after the scanner is plugged back in.
     */
    static SerialLine open(ScannerSettings scanner) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(scanner.port());
        } catch (SerialPortInvalidPortException e) {
            throw new IOException(scanner.port() + " is not there", e);
        }
        port.setComPortParameters(scanner.baud(), scanner.dataBits(),
                scanner.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, parity(scanner));
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_WAIT_MILLIS, 0);
        // No safety sleep: the reader tries again a second later at the soonest, never in a tight loop.
        if (!port.openPort(0)) {
            throw new IOException(scanner.port() + " cannot be opened");
        }
        return new SerialLine(port);
    }

    private static int parity(ScannerSettings scanner) {
        return switch (scanner.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
        };
    }

    /**
     * Waits up to {@link #READ_WAIT_MILLIS} for bytes. Returns how many arrived (0 for none), or -1 when
     * the port has gone (unplugged: the read fails).
     */
    int read(byte[] buffer) {
        return port.readBytes(buffer, buffer.length);
    }

    @Override
    public void close() {
        port.closePort();
    }
}
