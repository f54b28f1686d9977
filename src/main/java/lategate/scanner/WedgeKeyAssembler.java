package lategate.scanner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a keyboard-wedge scan from keys a person presses. A scanner types a whole code and Enter
 * within milliseconds; a person presses one key at a time. So printable characters are held
 * until Enter: with at least {@link #MIN_SCAN_LENGTH} of them that is a scan, stamped with the
 * instant its first character arrived. Characters followed by a quiet gap, or by another kind
 * of key, were typed by a person and come out as single keys. Nothing is dropped or merged: a
 * burst of codes each ending in Enter comes out as that many scans, in order.
 */
public final class WedgeKeyAssembler {

    /** Shorter than any badge, longer than a key a pupil presses with Enter. */
    public static final int MIN_SCAN_LENGTH = 3;
    /** Longer than any badge: a run past it is noise, never a pupil. */
    public static final int MAX_SCAN_LENGTH = 128;
    /** Gap after which held characters are taken as typed by a person. */
    public static final Duration QUIET = Duration.ofMillis(120);
    /**
     * A single character followed by a pause this long before the next is a key a person
     * pressed (a reason's number just as the next pupil scans), not the start of a badge.
     * Only a single held character is split off this way: a busy machine may pause between
     * reading two characters of one scan, and a badge cut in two is worse than a lost key.
     */
    public static final Duration LONE_KEY_GAP = Duration.ofMillis(50);

    private final String source;
    private final StringBuilder held = new StringBuilder();
    private Instant firstAt;
    private Instant lastAt;

    public WedgeKeyAssembler(String source) {
        this.source = source;
    }

    /**
     * A printable character arrived at {@code at}. Returns the characters it shows were typed by
     * a person (held ones followed by too long a gap, or a run too long to be a badge).
     */
    public List<KioskInput> character(char c, Instant at) {
        List<KioskInput> out = new ArrayList<>();
        if ((held.length() == 1 && Duration.between(lastAt, at).compareTo(LONE_KEY_GAP) > 0)
                || held.length() >= MAX_SCAN_LENGTH) {
            releaseHeldAsTyped(out);
        }
        if (held.length() == 0) {
            firstAt = at;
        }
        held.append(c);
        lastAt = at;
        return out;
    }

    /** A non-printable key arrived at {@code at}. */
    public List<KioskInput> key(KioskInput.Key key, Instant at) {
        List<KioskInput> out = new ArrayList<>();
        if (key == KioskInput.Key.ENTER && held.length() >= MIN_SCAN_LENGTH) {
            out.add(new KioskInput.Scan(new ScanInput(held.toString(), firstAt, source)));
            held.setLength(0);
            return out;
        }
        releaseHeldAsTyped(out);
        out.add(new KioskInput.Special(key));
        return out;
    }

    /** Call now and then: characters held past the quiet gap were typed by a person. */
    public List<KioskInput> tick(Instant now) {
        List<KioskInput> out = new ArrayList<>();
        if (held.length() > 0 && Duration.between(lastAt, now).compareTo(QUIET) >= 0) {
            releaseHeldAsTyped(out);
        }
        return out;
    }

    /** Whether characters are waiting for Enter or the quiet gap. */
    public boolean holding() {
        return held.length() > 0;
    }

    private void releaseHeldAsTyped(List<KioskInput> out) {
        for (int i = 0; i < held.length(); i++) {
            out.add(new KioskInput.Typed(held.charAt(i)));
        }
        held.setLength(0);
    }
}
