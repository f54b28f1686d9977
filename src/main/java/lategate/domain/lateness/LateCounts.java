package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

        // Written out for the reason Block gives: the trust's reads key their questions by spans.
        @Override
        public boolean equals(Object o) {
            return o instanceof Span other && other.key == key && other.from.equals(from) && other.to.equals(to);
        }

        @Override
        public int hashCode() {
            return (31 * key + from.hashCode()) * 31 + to.hashCode();
        }
    }

    /** One pupil's late marks in one span: how many L, how many U, and their minutes late summed. */
    public record Tally(int lateL, int lateU, long minutesLate) {
        public static final Tally NONE = new Tally(0, 0, 0);

        public int lateMarks() {
            return lateL + lateU;
        }
    }

    // Each pupil's counts as one array, L, U and minutes for each key in {@code keys}' order: a trust's
    // report holds tens of thousands of pupils' counts at once, and a map of tallies per pupil was
    // most of what its memory manager copied. Only pupils with a late mark. Looked up by hash and
    // put in order of id once: a report asks for each pupil's tallies a few times, and a sorted map's
    // string comparisons on every look-up were a large part of a cold report's time.
    private final int[] keys;
    private final Map<String, long[]> byPupil;
    private final List<String> pupils;

    private LateCounts(int[] keys, Map<String, long[]> byPupil) {
        this.keys = keys;
        this.byPupil = byPupil;
        String[] ids = byPupil.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        this.pupils = List.of(ids);
    }

    /**
     * The late marks among {@code entries} counted into {@code spans}. A year's entries are tens of
     * thousands: each pupil's counts are one array (L, U and minutes for each distinct key), not maps
     * per entry.
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
                        pupil = counts.get(e.pupilId());
                        if (pupil == null) {
                            pupil = new long[keys.size() * 3];
                            counts.put(e.pupilId(), pupil);
                        }
                    }
                    int at = slot[i] * 3;
                    pupil[at + (e.code() == AttendanceCode.L ? 0 : 1)]++;
                    pupil[at + 2] += e.minutesLate();
                }
            }
        }
        int[] keyArray = keys.stream().mapToInt(Integer::intValue).toArray();
        return new LateCounts(keyArray, counts);
    }

    /** Counts a store made itself: each pupil's tally per span key, only tallies with a late mark. */
    public static LateCounts counted(Map<String, Map<Integer, Tally>> tallies) {
        List<Integer> keys = new ArrayList<>();
        for (Map<Integer, Tally> byKey : tallies.values()) {
            for (Integer key : byKey.keySet()) {
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        int[] keyArray = keys.stream().mapToInt(Integer::intValue).toArray();
        Map<String, long[]> counts = new HashMap<>();
        for (Map.Entry<String, Map<Integer, Tally>> pupil : tallies.entrySet()) {
            long[] c = new long[keyArray.length * 3];
            for (Map.Entry<Integer, Tally> t : pupil.getValue().entrySet()) {
                int at = keys.indexOf(t.getKey()) * 3;
                c[at] = t.getValue().lateL();
                c[at + 1] = t.getValue().lateU();
                c[at + 2] = t.getValue().minutesLate();
            }
            counts.put(pupil.getKey(), c);
        }
        return counted(keyArray, counts);
    }

    /**
     * Counts a store made itself, as arrays: for each pupil, L, U and minutes for each of {@code keys}
     * in turn (three numbers a key). Pupils with no late mark in any span are left out.
     */
    public static LateCounts counted(int[] keys, Map<String, long[]> counts) {
        Map<String, long[]> byPupil = new HashMap<>();
        for (Map.Entry<String, long[]> pupil : counts.entrySet()) {
            long[] c = pupil.getValue();
            if (c.length != keys.length * 3) {
                throw new IllegalArgumentException("pupil " + pupil.getKey() + " has " + c.length
                        + " counts for " + keys.length + " keys");
            }
            for (int k = 0; k < keys.length; k++) {
                if (c[k * 3] + c[k * 3 + 1] > 0) {
                    byPupil.put(pupil.getKey(), c);
                    break;
                }
            }
        }
        return new LateCounts(keys.clone(), byPupil);
    }

    /** The pupils with a late mark in any span, in order of their ids. */
    public List<String> pupils() {
        return pupils;
    }

    /** A pupil's tally in the span with {@code key}; none when they had no late mark in it. */
    public Tally of(String pupilId, int key) {
        long[] c = byPupil.get(pupilId);
        int slot = slotOf(key);
        if (c == null || slot < 0 || c[slot * 3] + c[slot * 3 + 1] == 0) {
            return Tally.NONE;
        }
        return new Tally((int) c[slot * 3], (int) c[slot * 3 + 1], c[slot * 3 + 2]);
    }

    /** Late marks per pupil in the span with {@code key}, for the pupils with any. */
    public Map<String, Integer> lateMarks(int key) {
        Map<String, Integer> marks = new HashMap<>();
        int slot = slotOf(key);
        if (slot < 0) {
            return marks;
        }
        for (Map.Entry<String, long[]> pupil : byPupil.entrySet()) {
            long n = pupil.getValue()[slot * 3] + pupil.getValue()[slot * 3 + 1];
            if (n > 0) {
                marks.put(pupil.getKey(), (int) n);
            }
        }
        return marks;
    }

    private int slotOf(int key) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == key) {
                return k;
            }
        }
        return -1;
    }

    /** Each pupil's tallies with a late mark, by key in order: what two counts must agree on. */
    private Map<String, Map<Integer, Tally>> tallies() {
        Map<String, Map<Integer, Tally>> tallies = new TreeMap<>();
        for (String pupil : pupils) {
            Map<Integer, Tally> byKey = new TreeMap<>();
            for (int key : keys) {
                Tally t = of(pupil, key);
                if (t.lateMarks() > 0) {
                    byKey.put(key, t);
                }
            }
            tallies.put(pupil, byKey);
        }
        return tallies;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LateCounts other && tallies().equals(other.tallies());
    }

    @Override
    public int hashCode() {
        return tallies().hashCode();
    }

    @Override
    public String toString() {
        return tallies().toString();
    }
}
