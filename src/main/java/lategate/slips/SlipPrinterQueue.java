package lategate.slips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lategate.app.slips.LateSlips;
import lategate.app.slips.SlipPrinterStatus;
import lategate.domain.slip.LateSlip;
import lategate.settings.SlipSettings;

/**
 * Late slips printed on a thread of their own, one at a time, from a bounded queue: the kiosk hands a slip and
 * goes on at once, so a printer out of paper, unplugged or refusing never keeps a pupil waiting and never
 * touches the register. A slip that cannot be printed (the printer missing or refusing, a write stuck longer
 * than {@link #STUCK}, the queue full behind a stuck printer) is kept for staff, said in the kiosk's log (the
 * journal) and counted on the staff menu (docs/receptionist.md, "Late slips").
 */
public final class SlipPrinterQueue implements LateSlips, AutoCloseable {

    /** Slips waiting behind the one printing; more than a queue at the gate, few enough to be a printer fault. */
    static final int CAPACITY = 20;
    /** A write taking longer than this is a printer not answering, e.g. out of paper with its buffer full. */
    static final Duration STUCK = Duration.ofSeconds(SlipOutput.WAIT_SECONDS);
    /** Slips kept for staff to reprint; past this only the count grows. */
    private static final int KEPT = 500;

    private final String printer;
    private final EscPosSlip encoder;
    private final SlipOutput output;
    private final Clock clock;
    private final Consumer<String> log;
    private final BlockingQueue<LateSlip> waiting = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread worker;
    private volatile boolean closed;

    // Guarded by this.
    private Optional<Instant> writingSince = Optional.empty();
    private Optional<Instant> troubleSince = Optional.empty();
    private String why = "";
    private final List<LateSlip> notPrinted = new ArrayList<>();
    private int notPrintedCount;
    private int printed;

    /** Starts printing to the settings' printer; {@code log} is where each slip not printed is said. */
    public static SlipPrinterQueue start(SlipSettings settings, Clock clock, Consumer<String> log) {
        return new SlipPrinterQueue(settings, SlipOutput.of(settings.printer()), clock, log);
    }

    SlipPrinterQueue(SlipSettings settings, SlipOutput output, Clock clock, Consumer<String> log) {
        this.printer = settings.printer().written();
        this.encoder = new EscPosSlip(settings);
        this.output = output;
        this.clock = clock;
        this.log = log;
        this.worker = new Thread(this::run, "lategate-slips");
        worker.setDaemon(true); // a write stuck on a device must not keep the JVM from stopping
        worker.start();
    }

    @Override
    public void hand(LateSlip slip) {
        if (closed || !waiting.offer(slip)) {
            failed(slip, closed ? "the kiosk was stopping" : "the printer has " + CAPACITY
                    + " slips waiting already", clock.instant());
        }
    }

    @Override
    public synchronized Optional<SlipPrinterStatus> status() {
        Optional<Instant> trouble = troubleSince;
        String words = why;
        if (writingSince.isPresent() && !clock.instant().isBefore(writingSince.get().plus(STUCK))) {
            trouble = Optional.of(trouble.orElse(writingSince.get()));
            words = "a slip has been printing for more than " + STUCK.toSeconds()
                    + " seconds: is the printer out of paper or its lid open?";
        }
        return Optional.of(new SlipPrinterStatus(printer, trouble, words, notPrintedCount, printed));
    }

    /** Slips waiting behind the one printing. */
    int waiting() {
        return waiting.size();
    }

    @Override
    public synchronized List<LateSlip> notPrinted() {
        return List.copyOf(notPrinted);
    }

    @Override
    public int reprint() {
        List<LateSlip> again;
        synchronized (this) {
            again = List.copyOf(notPrinted);
            notPrinted.clear();
            notPrintedCount -= again.size(); // slips past those kept stay counted: they cannot be printed again
        }
        again.forEach(this::hand);
        return again.size();
    }

    private void run() {
        while (!closed) {
            LateSlip slip;
            try {
                slip = waiting.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (slip != null) {
                print(slip);
            }
        }
    }

    private void print(LateSlip slip) {
        Instant started = clock.instant();
        synchronized (this) {
            writingSince = Optional.of(started);
        }
        try {
            output.send(encoder.bytes(slip));
            synchronized (this) {
                writingSince = Optional.empty();
                troubleSince = Optional.empty();
                why = "";
                printed++;
            }
        } catch (java.io.IOException | RuntimeException e) {
            synchronized (this) {
                writingSince = Optional.empty();
            }
            failed(slip, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), started);
        }
    }

    private void failed(LateSlip slip, String reason, Instant at) {
        synchronized (this) {
            troubleSince = Optional.of(troubleSince.orElse(at));
            why = reason;
            notPrintedCount++;
            if (notPrinted.size() < KEPT) {
                notPrinted.add(slip);
            }
        }
        try {
            log.accept("late slip for " + slip.pupilName() + " (" + slip.className() + ") not printed on " + printer
                    + ": " + reason + "; the mark is recorded");
        } catch (RuntimeException ignored) {
            // the log is for staff's information; the slip is counted above whatever it does
        }
    }

    /** Stops taking slips; one printing now finishes or fails on its own (the thread is a daemon). */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        List<LateSlip> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(s -> failed(s, "the kiosk was stopping", clock.instant()));
    }
}
