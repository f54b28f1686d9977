package lategate.scanner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where every input for the kiosk waits, in the order it arrived: scans and faults from serial scanners,
 * each read on a thread of its own, and what the keyboard wedge makes of keys. The kiosk's loop takes
 * everything waiting on each turn, so the kiosk itself stays on one thread.
 */
public final class KioskInbox {

    /** One input and when it arrived (for a scan, when its last byte did; the scan carries its first). */
    public record Received(KioskInput input, Instant at) {

        public Received {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(at, "at");
        }
    }

    private final ConcurrentLinkedQueue<Received> waiting = new ConcurrentLinkedQueue<>();

    /** Safe from any thread. */
    public void put(KioskInput input, Instant at) {
        waiting.add(new Received(input, at));
    }

    /** Everything waiting now, oldest first; what arrives meanwhile waits for the next call. */
    public List<Received> takeAll() {
        List<Received> taken = new ArrayList<>();
        Received next;
        while ((next = waiting.poll()) != null) {
            taken.add(next);
        }
        return taken;
    }
}
