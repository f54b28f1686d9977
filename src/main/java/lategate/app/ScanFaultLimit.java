package lategate.app;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How many of one scanner's faults the scan log keeps. A scanner on the wrong baud rate or with a
 * loose cable can send garbage all day, several faults a second; each fault is still shown to the
 * pupil, but only the first {@link #PER_MINUTE} of a scanner's faults in a minute get a row each.
 * The rest are counted, and the count is kept in a row of its own once that minute is over, so the
 * office sees how much went wrong without the log growing by the second. Holds no clock: the
 * instants are the faults' own and the caller's.
 */
public final class ScanFaultLimit {

    /**
     * Rows a scanner may add in a minute. A queue of late pupils at one scanner is at most a few a
     * minute, each misread scanned again after the message: ten keeps every fault a working scanner
     * makes, while a faulty one adds at most ten rows and a count a minute (a few megabytes in a
     * whole day of noise, not the hundreds a serial line at 9600 baud could send).
     */
    public static final int PER_MINUTE = 10;

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, Minute> minutes = new HashMap<>();

    /**
     * What to keep for a fault from {@code source} at {@code at}: first the count left out of that
     * scanner's last minute if it has ended, then this fault unless its minute is full.
     */
    public Admission admit(String source, Instant at) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Minute minute = minutes.get(source);
        Optional<LeftOut> before = Optional.empty();
        if (minute == null || minute.over(at)) {
            before = Optional.ofNullable(minute).flatMap(m -> m.leftOut(source));
            minute = new Minute(at);
            minutes.put(source, minute);
        }
        return new Admission(before, minute.take(at));
    }

    /** The counts of every scanner's minute that is over by {@code now}; each count is given once. */
    public List<LeftOut> endedBy(Instant now) {
        List<LeftOut> ended = new ArrayList<>();
        minutes.entrySet().removeIf(entry -> {
            if (!entry.getValue().over(now)) {
                return false;
            }
            entry.getValue().leftOut(entry.getKey()).ifPresent(ended::add);
            return true;
        });
        return ended;
    }

    /** Every count not yet given, whether its minute is over or not: for a kiosk that is stopping. */
    public List<LeftOut> remaining() {
        List<LeftOut> left = new ArrayList<>();
        minutes.forEach((source, minute) -> minute.leftOut(source).ifPresent(left::add));
        minutes.clear();
        return left;
    }

    /**
     * @param leftOut a count to keep before this fault, from the scanner's minute that just ended
     * @param logged  whether this fault gets its own row in the scan log, or is only counted
     */
    public record Admission(Optional<LeftOut> leftOut, boolean logged) {

        public Admission {
            Objects.requireNonNull(leftOut, "leftOut");
        }
    }

    /**
     * Faults of one scanner that got no row of their own.
     *
     * @param since when the first of them arrived
     * @param last  when the last of them arrived: the count's row is timed then
     */
    public record LeftOut(String source, int count, Instant since, Instant last) {

        public LeftOut {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(last, "last");
            if (count < 1) {
                throw new IllegalArgumentException("nothing was left out");
            }
        }

        /** For the scan log, with the school's time of day. */
        public String words(ZoneId zone) {
            return count + " more " + (count == 1 ? "fault" : "faults") + " from scanner '" + source
                    + "' not logged since " + since.atZone(zone).format(HOURS_MINUTES) + " (the scan log keeps at most "
                    + PER_MINUTE + " a minute from one scanner)";
        }
    }

    /** One scanner's minute, from its first fault: how many rows it has had, and what it left out. */
    private static final class Minute {

        private final Instant start;
        private int logged;
        private int leftOut;
        private Instant firstLeftOut;
        private Instant lastLeftOut;

        Minute(Instant start) {
            this.start = start;
        }

        boolean over(Instant at) {
            return !at.isBefore(start.plus(MINUTE));
        }

        boolean take(Instant at) {
            if (logged < PER_MINUTE) {
                logged++;
                return true;
            }
            if (leftOut++ == 0) {
                firstLeftOut = at;
            }
            lastLeftOut = at;
            return false;
        }

        Optional<LeftOut> leftOut(String source) {
            return leftOut == 0 ? Optional.empty()
                    : Optional.of(new LeftOut(source, leftOut, firstLeftOut, lastLeftOut));
        }
    }
}
