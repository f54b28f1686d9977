package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import lategate.domain.codes.AttendanceCode;

/**
 * Late marks (entries standing as L or U: {@link LateEntry#isLate()}) per pupil, counted over date
 * spans: each span has a key (a block's number, or a stage review period's), and an entry counts
 * once in every span whose dates cover it. What the blocks report and the stage ladder count.
 *
 * <p>{@link #of} is the counting itself, over the entries as they stand; a store that holds those
 * entries (the trust's hub) may count the same entries itself and give its answer through
 * {@link #counted}. The two must agree exactly: docs/hub.md, "The trust's reports in SQL".
 */
public final class LateCounts {

    /** The dates from and to (inclusive) whose late marks count under {@code key}. */
    public record Span(int key, LocalDate from, LocalDate to) {
        public Span {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a span ends before it starts: " + from + " to " + to);
            }
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** One pupil's late marks in one span: how many L, how many U, and their minutes late summed. */
    public record Tally(int lateL, int lateU, long minutesLate) {
        public static final Tally NONE = new Tally(0, 0, 0);

        public int lateMarks() {
            return lateL + lateU;
        }
    }

    private final Map<String, Map<Integer, Tally>> byPupil;

    private LateCounts(Map<String, Map<Integer, Tally>> byPupil) {
        this.byPupil = byPupil;
    }

    /**
     * The late marks among {@code entries} counted into {@code spans}. A year's entries are tens of
     * thousands: each pupil's counts are one array (L, U and minutes for each distinct key), not maps
     * per entry; the tallies are made once at the end.
     */
    public static LateCounts of(List<LateEntry> entries, List<Span> spans) {
        List<Integer> keys = new ArrayList<>();
        int[] slot = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int at = keys.indexOf(spans.get(i).key());
            if (at < 0) {
                at = keys.size();
                keys.add(spans.get(i).key());
            }
            slot[i] = at;
        }
        Map<String, long[]> counts = new HashMap<>();
        for (LateEntry e : entries) {
            if (!e.isLate()) {
                continue;
            }
            long[] pupil = null;
            for (int i = 0; i < slot.length; i++) {
                if (spans.get(i).covers(e.date())) {
                    if (pupil == null) {
                        pupil = counts.computeIfAbsent(e.pupilId(), k -> new long[keys.size() * 3]);
                    }
                    int at = slot[i] * 3;
                    pupil[at + (e.code() == AttendanceCode.L ? 0 : 1)]++;
                    pupil[at + 2] += e.minutesLate();
                }
            }
        }
        Map<String, Map<Integer, Tally>> tallies = new TreeMap<>();
        counts.forEach((pupil, c) -> {
            Map<Integer, Tally> byKey = new TreeMap<>();
            for (int k = 0; k < keys.size(); k++) {
                if (c[k * 3] + c[k * 3 + 1] > 0) {
                    byKey.put(keys.get(k), new Tally((int) c[k * 3], (int) c[k * 3 + 1], c[k * 3 + 2]));
                }
            }
            tallies.put(pupil, byKey);
        });
        return new LateCounts(tallies);
    }

    /** Counts a store made itself: each pupil's tally per span key, only tallies with a late mark. */
    public static LateCounts counted(Map<String, Map<Integer, Tally>> tallies) {
        Map<String, Map<Integer, Tally>> copy = new TreeMap<>();
        tallies.forEach((pupil, keys) -> keys.forEach((key, t) -> {
            if (t.lateMarks() > 0) {
                copy.computeIfAbsent(pupil, k -> new TreeMap<>()).put(key, t);
            }
        }));
        return new LateCounts(copy);
    }

    /** The pupils with a late mark in any span. */
    public Set<String> pupils() {
        return Collections.unmodifiableSet(byPupil.keySet());
    }

    /** A pupil's tally in the span with {@code key}; none when they had no late mark in it. */
    public Tally of(String pupilId, int key) {
        return byPupil.getOrDefault(pupilId, Map.of()).getOrDefault(key, Tally.NONE);
    }

    /** Late marks per pupil in the span with {@code key}, for the pupils with any. */
    public Map<String, Integer> lateMarks(int key) {
        Map<String, Integer> marks = new HashMap<>();
        byPupil.forEach((pupil, keys) -> {
            Tally t = keys.get(key);
            if (t != null && t.lateMarks() > 0) {
                marks.put(pupil, t.lateMarks());
            }
        });
        return marks;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LateCounts other && byPupil.equals(other.byPupil);
    }

    @Override
    public int hashCode() {
        return byPupil.hashCode();
    }

    @Override
    public String toString() {
        return byPupil.toString();
    }
}
