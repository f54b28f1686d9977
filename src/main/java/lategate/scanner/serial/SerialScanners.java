package lategate.scanner.serial;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lategate.scanner.KioskInbox;
import lategate.scanner.ScannerMonitor;
import lategate.scanner.ScannerStatus;
import lategate.settings.ScannerSettings;

/**
 * The kiosk's serial scanners: one reader each, started together, each putting its scans and faults
 * into the kiosk's inbox and keeping its own status for the staff screen. Closing stops them all and
 * closes their ports.
 */
public final class SerialScanners implements ScannerMonitor, AutoCloseable {

    /** How often a missing scanner is looked for. */
    static final Duration POLL = Duration.ofSeconds(1);

    private final List<SerialScannerReader> readers;

    private SerialScanners(List<SerialScannerReader> readers) {
        this.readers = readers;
        readers.forEach(SerialScannerReader::start);
    }

    /** Starts reading every scanner in {@code scanners}; none starts nothing and loads no serial library. */
    public static SerialScanners start(List<ScannerSettings> scanners, KioskInbox inbox, Clock clock) {
        return start(scanners, inbox, clock, ScanFramer.SILENCE, POLL);
    }

    static SerialScanners start(List<ScannerSettings> scanners, KioskInbox inbox, Clock clock, Duration silence,
                                Duration poll) {
        return new SerialScanners(scanners.stream()
                .map(s -> new SerialScannerReader(s, inbox, clock, silence, poll)).toList());
    }

    @Override
    public List<ScannerStatus> scanners() {
        return readers.stream().map(SerialScannerReader::status).toList();
    }

    @Override
    public void close() {
        readers.forEach(SerialScannerReader::close);
    }
}
