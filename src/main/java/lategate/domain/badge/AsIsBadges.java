package lategate.domain.badge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The codes of a school's existing cards, taken as scanned ({@link PrintedCodes#AS_IS}): which
 * pupil a scan names. With no check character, the only guards against a misread are an exact
 * match (of the text, ignoring case, or of the card number it stands for: {@link CardNumber}) and
 * a minimum length (docs/settings.md, "[badges]"); so a scan that could be two pupils' is never
 * guessed, and a roster in which one pupil's card could read as another's is refused.
 */
public final class AsIsBadges {

    /** One pupil's codes: a card, and perhaps a fob. */
    public record Holder(String pupilId, List<String> codes) {
        public Holder {
            Objects.requireNonNull(pupilId, "pupilId");
            codes = List.copyOf(codes);
        }
    }

    /** A roster's code that cannot be taken: too short, or readable as another pupil's. */
    public record Conflict(String pupilId, String code, String why) {
    }

    private final int minLength;
    private final Map<String, Set<String>> pupilsByKey = new HashMap<>();
    private final Map<String, String> codeOfKey = new HashMap<>();
    private final List<Holder> holders;

    public AsIsBadges(List<Holder> holders, int minLength) {
        this.holders = List.copyOf(holders);
        this.minLength = minLength;
        for (Holder h : this.holders) {
            for (String code : h.codes()) {
                for (String key : CardNumber.keysOfCode(code)) {
                    pupilsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(h.pupilId());
                    codeOfKey.putIfAbsent(key + "\u0000" + h.pupilId(), code.toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    /** The pupils a scan names: one, none, or (never guessed between) several. */
    public Set<String> find(String scanned) {
        Set<String> found = new LinkedHashSet<>();
        for (String key : CardNumber.keysOfScan(scanned)) {
            found.addAll(pupilsByKey.getOrDefault(key, Set.of()));
        }
        return found;
    }

    /** The roster code of {@code pupilId} that {@code scanned} matched, for the office's words. */
    public String codeMatched(String scanned, String pupilId) {
        for (String key : CardNumber.keysOfScan(scanned)) {
            String code = codeOfKey.get(key + "\u0000" + pupilId);
            if (code != null) {
                return code;
            }
        }
        throw new IllegalArgumentException("'" + scanned + "' is none of " + pupilId + "'s codes");
    }

    /**
     * Every code that cannot be taken as scanned: shorter than the minimum, or such that the code
     * (or, for a card's UID, a way a reader may type it) would also name another pupil.
     */
    public List<Conflict> conflicts() {
        List<Conflict> conflicts = new ArrayList<>();
        for (Holder h : holders) {
            for (String code : h.codes()) {
                String upper = code.toUpperCase(Locale.ROOT);
                if (upper.length() < minLength) {
                    conflicts.add(new Conflict(h.pupilId(), upper, upper.length() + " characters, shorter than "
                            + "[badges] min_length (" + minLength + "): with no check character, a short code is "
                            + "too easily a misread of another"));
                    continue;
                }
                for (String reading : CardNumber.readingsOf(upper)) {
                    Set<String> others = new LinkedHashSet<>(find(reading));
                    others.remove(h.pupilId());
                    if (!others.isEmpty()) {
                        conflicts.add(new Conflict(h.pupilId(), upper, (reading.equals(upper) ? "scanned"
                                : "read by a card reader as '" + reading + "'") + ", it would also match pupil "
                                + String.join(", ", others) + ": two pupils' codes must never read alike"));
                        break;
                    }
                }
            }
            if (h.codes().size() > 1 && h.codes().stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().count()
                    < h.codes().size()) {
                conflicts.add(new Conflict(h.pupilId(), h.codes().get(1).toUpperCase(Locale.ROOT),
                        "badge_2 is the same as badge"));
            }
        }
        return conflicts;
    }
}
