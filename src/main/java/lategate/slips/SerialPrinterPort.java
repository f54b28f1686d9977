package lategate.slips;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A receipt printer on a serial port, through jSerialComm: opened raw (8 data bits, no parity, 1 stop bit,
 * no flow control) so that no byte of an ESC/POS command is changed on the way, as a tty's usual settings
 * would (a line feed made CR LF). The only class here that touches the library: a kiosk whose printer is not
 * serial never loads it.
 */
final class SerialPrinterPort {

    private SerialPrinterPort() {
    }

    static void send(Path path, int baud, byte[] bytes) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + " is not there (is the printer on and plugged in?)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path.toString());
        } catch (SerialPortInvalidPortException e) {
            throw new IOException(path + " is not there", e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        int waitMillis = (int) (SlipOutput.WAIT_SECONDS * 1000);
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, waitMillis);
        if (!port.openPort(0)) {
            throw new IOException(path + " cannot be opened (is the kiosk's user in the group dialout?)");
        }
        try {
            int written = port.writeBytes(bytes, bytes.length);
            if (written != bytes.length) {
                throw new IOException("the printer on " + path + " took " + Math.max(written, 0) + " of "
                        + bytes.length + " bytes in " + SlipOutput.WAIT_SECONDS + " seconds");
            }
            // Closing may drop what the port has not sent yet: wait until the driver's buffer is empty (as long
            // as one write may), then for the bytes' own time on the line at this speed (10 bits a byte), which
            // covers an adapter's buffer too. This thread is the printer's: no pupil waits for it.
            long deadline = System.nanoTime() + waitMillis * 1_000_000L;
            while (port.bytesAwaitingWrite() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(100 + bytes.length * 10_000L / baud);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("printing was interrupted", e);
        } finally {
            port.closePort();
        }
    }
}
