package lategate.app.badge;

import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.BadgeIssues;

/** The badges made for pupils after their first, kept so that only the latest signs a pupil in. */
public interface BadgeIssueLog {

    /** A pupil's reissues, oldest first (none: they hold their first badge). */
    BadgeIssues of(String pupilId);

    /** Records a new badge for a pupil; its issue must be the next one. */
    void record(BadgeIssue issue);
}
