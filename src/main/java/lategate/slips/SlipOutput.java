package lategate.slips;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import lategate.settings.SlipSettings;

/**
 * Where one slip's bytes go: a device file, a serial port or a CUPS queue. Each slip opens the printer afresh,
 * so a printer unplugged and plugged back in (a new device node) prints the next slip with nothing to reset.
 */
interface SlipOutput {

    /** How long {@code lp} may take to queue a slip; a serial write waits as long for the printer. */
    long WAIT_SECONDS = 10;

    /** Sends the bytes, or says in words staff understand why they were not sent. */
    void send(byte[] bytes) throws IOException;

    static SlipOutput of(SlipSettings.Printer printer) {
        if (printer instanceof SlipSettings.Printer.DeviceFile file) {
            return new DeviceFile(file.path());
        }
        if (printer instanceof SlipSettings.Printer.SerialPort serial) {
            return bytes -> SerialPrinterPort.send(serial.path(), serial.baud(), bytes);
        }
        return new LpQueue("lp", ((SlipSettings.Printer.LpQueue) printer).queue());
    }

    /** A printer's device file (/dev/usb/lp0). Never created: a missing printer must not become a file in /dev. */
    record DeviceFile(Path path) implements SlipOutput {
        @Override
        public void send(byte[] bytes) throws IOException {
            try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(bytes);
                out.flush();
            } catch (NoSuchFileException e) {
                throw new IOException(path + " is not there (is the printer on and plugged in?)", e);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new IOException(path + " may not be written by the kiosk (is its user in the group lp?)", e);
            }
        }
    }

    /** A CUPS queue: {@code lp -d QUEUE -o raw} reads the bytes from its standard input, unchanged. */
    record LpQueue(String command, String queue) implements SlipOutput {
        @Override
        public void send(byte[] bytes) throws IOException {
            Process p = new ProcessBuilder(command, "-d", queue, "-o", "raw").redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(bytes);
            }
            try {
                if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("lp did not take the slip in " + WAIT_SECONDS + " seconds");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("printing was interrupted", e);
            }
            if (p.exitValue() != 0) {
                String said = new String(p.getInputStream().readNBytes(400), StandardCharsets.UTF_8).strip();
                throw new IOException("lp refused the slip for " + queue + " ("
                        + (said.isEmpty() ? "exit " + p.exitValue() : said.lines().findFirst().orElse("")) + ")");
            }
        }
    }
}
