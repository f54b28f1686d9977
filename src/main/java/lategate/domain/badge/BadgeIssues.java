package lategate.domain.badge;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lategate.domain.badge.BadgeRefusal.Kind;

/**
 * A pupil's badges, first to latest: only the latest counts, so a lost badge found by someone
 * else signs nobody in once it is replaced.
 */
public record BadgeIssues(String pupilId, List<BadgeIssue> reissues) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    public BadgeIssues {
        reissues = reissues.stream().sorted(Comparator.comparingInt(BadgeIssue::issue)).toList();
    }

    /** The issue number of the badge the pupil should hold now. */
    public int current() {
        return reissues.isEmpty() ? 1 : reissues.get(reissues.size() - 1).issue();
    }

    /** The next issue number, for a badge made to replace the current one. */
    public int next() {
        return current() + 1;
    }

    /** Whether a signed badge of issue {@code issue} may sign the pupil in; the refusal says why not. */
    public Optional<BadgeRefusal> refusal(int issue, ZoneId zone) {
        if (issue == current()) {
            return Optional.empty();
        }
        if (issue > current()) {
            return Optional.of(new BadgeRefusal(Kind.NEVER_ISSUED,
                    "This badge cannot be accepted. Please see the office.",
                    "badge issue " + issue + " of pupil " + pupilId + " was never issued (the latest is " + current()
                            + ")"));
        }
        BadgeIssue replacement = reissues.stream().filter(r -> r.issue() > issue).findFirst().orElseThrow();
        String day = DAY.format(replacement.issuedAt().atZone(zone));
        return Optional.of(new BadgeRefusal(Kind.REPLACED,
                "This badge was replaced on " + day + ": please see the office.",
                "badge issue " + issue + " of pupil " + pupilId + " was replaced by issue " + replacement.issue()
                        + " on " + day + " (" + replacement.reason() + ")"));
    }
}
