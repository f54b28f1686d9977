package lategate.scanner.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import lategate.scanner.KioskInbox;
import lategate.scanner.KioskInput;
import lategate.scanner.ScannerStatus;
import lategate.settings.ScannerSettings;

/**
 * Reads one serial scanner on a thread of its own for as long as the kiosk runs, and puts what it
 * frames into the kiosk's inbox. A scanner that is not there, or that goes away (unplugged: the port's
 * path vanishes, or a read fails), is looked for again every {@code poll} and reopened when its path is
 * back, without the kiosk restarting; meanwhile its status says since when it is missing and why.
 * Times come from the kiosk's clock.
 */
final class SerialScannerReader implements AutoCloseable {

    static final String CHECK_CABLE = "check its cable";
    static final String STOPPED = "it stopped answering: check its cable";
    static final String CANNOT_OPEN = "the port is there but cannot be opened: is the kiosk's user in the dialout "
            + "group, and no other program using the scanner?";

    private final ScannerSettings scanner;
    private final KioskInbox inbox;
    private final Clock clock;
    private final Duration poll;
    private final ScanFramer framer;
    private final AtomicReference<ScannerStatus> status;
    private final Thread thread;
    private volatile boolean closing;

    SerialScannerReader(ScannerSettings scanner, KioskInbox inbox, Clock clock, Duration silence, Duration poll) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.framer = new ScanFramer(scanner.name(), scanner.terminator(), silence);
        this.status = new AtomicReference<>(new ScannerStatus.Opening(scanner.name(), scanner.port(),
                clock.instant()));
        this.thread = new Thread(this::run, "lategate-scanner-" + scanner.name());
        this.thread.setDaemon(true); // never keeps a kiosk that staff have closed from exiting
    }

    void start() {
        thread.start();
    }

    ScannerStatus status() {
        return status.get();
    }

    private void run() {
        byte[] buffer = new byte[512];
        SerialLine line = null;
        Instant pathChecked = Instant.MIN;
        try {
            while (!closing) {
                if (line == null) {
                    line = open();
                    if (line == null) {
                        pause();
                        continue;
                    }
                    pathChecked = clock.instant();
                }
                try {
                    int read = line.read(buffer);
                    Instant now = clock.instant();
                    if (read > 0) {
                        deliver(framer.bytes(buffer, read, now), now);
                    } else if (read < 0) {
                        line = lost(line, STOPPED, now);
                    } else {
                        deliver(framer.quiet(now), now);
                        // A port whose device has gone does not always fail its reads at once: the path is the sure sign.
                        if (!now.isBefore(pathChecked.plus(poll))) {
                            pathChecked = now;
                            if (!Files.exists(Path.of(scanner.port()))) {
                                line = lost(line, CHECK_CABLE, now);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    line = lost(line, "reading it failed (" + e.getMessage() + "): check its cable", clock.instant());
                    pause();
                }
            }
        } catch (LinkageError e) {
            // The library's native code cannot load on this machine: say so for staff, never die silently.
            missing(clock.instant(), "the serial library cannot run on this machine (" + e + ")");
        } finally {
            if (line != null) {
                line.close();
            }
        }
    }

    /** The port, opened with the scanner's settings; or null, with the status saying why not. */
    private SerialLine open() {
        Instant now = clock.instant();
        if (!Files.exists(Path.of(scanner.port()))) {
            missing(now, CHECK_CABLE);
            return null;
        }
        try {
            SerialLine line = SerialLine.open(scanner);
            status.set(new ScannerStatus.Connected(scanner.name(), scanner.port(), now));
            return line;
        } catch (IOException | RuntimeException e) {
            missing(now, Files.exists(Path.of(scanner.port())) ? CANNOT_OPEN : CHECK_CABLE);
            return null;
        }
    }

    private SerialLine lost(SerialLine line, String why, Instant now) {
        line.close();
        deliver(framer.lost(), now);
        missing(now, why);
        return null;
    }

    /** Missing from {@code now}, or from when it first went missing if it already was. */
    private void missing(Instant now, String why) {
        status.updateAndGet(s -> new ScannerStatus.Missing(scanner.name(), scanner.port(),
                s instanceof ScannerStatus.Missing m ? m.since() : now, why));
    }

    private void deliver(List<KioskInput> inputs, Instant now) {
        for (KioskInput input : inputs) {
            inbox.put(input, now);
        }
    }

    private void pause() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    /** Stops reading and closes the port; returns once the thread has finished (a read waits 50 ms at most). */
    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
