package lategate.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lategate.app.badge.BadgeIssueLog;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.BadgeIssues;

/** Badge reissues in memory, oldest first, as {@code SqliteBadgeIssues} gives them. */
public final class InMemoryBadgeIssues implements BadgeIssueLog {

    private final List<BadgeIssue> issues = new ArrayList<>();

    @Override
    public synchronized BadgeIssues of(String pupilId) {
        return new BadgeIssues(pupilId, issues.stream().filter(i -> i.pupilId().equals(pupilId))
                .sorted(Comparator.comparingInt(BadgeIssue::issue)).toList());
    }

    @Override
    public synchronized void record(BadgeIssue issue) {
        issues.add(issue);
    }
}
