package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import lategate.app.badge.BadgeIssueLog;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.BadgeIssues;

/** Badge reissues in the lategate database. */
public final class SqliteBadgeIssues implements BadgeIssueLog {

    private final Database database;

    public SqliteBadgeIssues(Database database) {
        this.database = database;
    }

    @Override
    public BadgeIssues of(String pupilId) {
        return database.read(c -> {
            List<BadgeIssue> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT issue, issued_at, reason, issued_by FROM badge_issues "
                    + "WHERE pupil_id = ? ORDER BY issue")) {
                s.setString(1, pupilId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new BadgeIssue(pupilId, r.getInt(1), java.time.Instant.parse(r.getString(2)),
                                r.getString(3), r.getString(4)));
                    }
                }
            }
            return new BadgeIssues(pupilId, found);
        });
    }

    @Override
    public void record(BadgeIssue issue) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO badge_issues (pupil_id, issue, issued_at, reason, "
                    + "issued_by) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, issue.pupilId());
                s.setInt(2, issue.issue());
                s.setString(3, InstantText.of(issue.issuedAt()));
                s.setString(4, issue.reason());
                s.setString(5, issue.issuedBy());
                s.executeUpdate();
            }
            return null;
        });
    }
}
