package lategate.app;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import lategate.app.badge.BadgeIssueLog;
import lategate.domain.badge.AsIsBadges;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeRefusal;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Pupil;

/**
 * Reads a code as the kiosk does before it records anything: its check character or signature,
 * the pupil on roll holding it, and for a QR code that it is their latest badge. Records nothing.
 */
public final class BadgeHolders {

    private final BadgeCodes codes;
    private final PupilDirectory pupils;
    private final BadgeIssueLog issues;
    private final ZoneId zone;
    /** The as-is index of the roll as it was at {@link AsIsIndex#version}; rebuilt when the roll changes. */
    private volatile AsIsIndex asIs;

    /** The on-roll pupils and their cards' index, built once for a version of the roll. */
    private record AsIsIndex(String version, java.util.Map<String, Pupil> onRoll, AsIsBadges badges) {
    }

    /** {@code zone} is the school's, for the date a replaced badge was replaced on. */
    public BadgeHolders(BadgeCodes codes, PupilDirectory pupils, BadgeIssueLog issues, ZoneId zone) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** What the school's printed codes are: lategate's, or its existing cards' taken as scanned. */
    public lategate.domain.badge.PrintedCodes printedCodes() {
        return codes.printedCodes();
    }

    /** A code as a scanner read it (or given on the command line): matched exactly. */
    public BadgeCheck check(String code) {
        return check(code, false);
    }

    /**
     * A code read by a scanner, or typed by hand when {@code typed}: only a typed code has its
     * look-alike letters read as digits ({@link BadgeCodes#readTyped(String)}).
     */
    public BadgeCheck check(String code, boolean typed) {
        ScannedBadge read = typed
                ? codes.readTyped(code, pupilCode -> pupils.onRollByBadge(pupilCode).isPresent())
                : codes.read(code);
        if (read instanceof ScannedBadge.Refused refused) {
            return new BadgeCheck.Refused(refused.refusal(), Optional.empty());
        }
        if (read instanceof ScannedBadge.AsScanned asScanned) {
            return holderOf(asScanned.scanned());
        }
        ScannedBadge.Proven proven = (ScannedBadge.Proven) read;
        Optional<Pupil> found = pupils.onRollByBadge(proven.pupilCode());
        if (found.isEmpty()) {
            return new BadgeCheck.Refused(new BadgeRefusal(BadgeRefusal.Kind.UNKNOWN, PupilWords.badgeNotRecognised(),
                    "no pupil on roll has badge " + proven.pupilCode()), Optional.empty());
        }
        if (proven instanceof ScannedBadge.Signed signed) {
            Optional<BadgeRefusal> replaced = issues.of(found.get().id()).refusal(signed.issue(), zone);
            if (replaced.isPresent()) {
                return new BadgeCheck.Refused(replaced.get(), Optional.of(found.get().id()));
            }
        }
        return new BadgeCheck.Holder(found.get(), proven);
    }

    /**
     * A code of the school's existing cards, taken as scanned: the one pupil on roll whose badge or
     * badge_2 it matches exactly, ignoring case, or as the same card number ({@link AsIsBadges}). The
     * index of the roll's cards is kept while the roll's version stays the same, and built again as
     * soon as it changes, so a roster imported while the kiosk runs counts at the next scan.
     */
    private BadgeCheck holderOf(String scanned) {
        AsIsIndex index = asIsIndex();
        AsIsBadges badges = index.badges();
        Set<String> found = badges.find(scanned);
        if (found.isEmpty()) {
            return new BadgeCheck.Refused(new BadgeRefusal(BadgeRefusal.Kind.UNKNOWN, PupilWords.badgeNotRecognised(),
                    "no pupil on roll has badge " + scanned + " (as-is: exact match)"), Optional.empty());
        }
        if (found.size() > 1) {
            // The roster import refuses codes that read alike, so this is a scan no card of the roll makes.
            return new BadgeCheck.Refused(new BadgeRefusal(BadgeRefusal.Kind.AMBIGUOUS,
                    "That code could be more than one badge. Please see the office.", "'" + scanned
                    + "' matches the badges of pupils " + String.join(", ", found) + ": not guessed"), Optional.empty());
        }
        String pupilId = found.iterator().next();
        Pupil pupil = index.onRoll().get(pupilId);
        return new BadgeCheck.Holder(pupil, new ScannedBadge.Matched(badges.codeMatched(scanned, pupilId)));
    }

    private AsIsIndex asIsIndex() {
        Optional<String> version = pupils.rollVersion();
        AsIsIndex kept = asIs;
        if (version.isPresent() && kept != null && kept.version().equals(version.get())) {
            return kept;
        }
        java.util.Map<String, Pupil> onRoll = new java.util.LinkedHashMap<>();
        for (Pupil p : pupils.all()) {
            if (p.onRoll()) {
                onRoll.put(p.id(), p);
            }
        }
        AsIsBadges badges = new AsIsBadges(onRoll.values().stream()
                .map(p -> new AsIsBadges.Holder(p.id(), p.badges())).toList(), 1);
        AsIsIndex built = new AsIsIndex(version.orElse(""), java.util.Map.copyOf(onRoll), badges);
        if (version.isPresent()) {
            asIs = built;
        }
        return built;
    }
}
