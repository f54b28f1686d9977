-- Badges made for a pupil after their first: the second replaces the first, and so on. Only
-- the latest issue's QR code signs the pupil in, so a lost badge stops working once replaced.
-- Append-only: the history says when each badge was replaced, for the message a pupil sees.

CREATE TABLE badge_issues (
    pupil_id   TEXT NOT NULL REFERENCES pupils (pupil_id),
    issue      INTEGER NOT NULL CHECK (issue >= 2),
    issued_at  TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    issued_by  TEXT NOT NULL CHECK (length(trim(issued_by)) > 0),
    PRIMARY KEY (pupil_id, issue)
);

-- Issues follow on from one another: 2, then 3; never a gap, never twice.
CREATE TRIGGER badge_issues_in_order BEFORE INSERT ON badge_issues
WHEN NEW.issue <> coalesce((SELECT max(issue) FROM badge_issues WHERE pupil_id = NEW.pupil_id), 1) + 1
BEGIN SELECT RAISE(ABORT, 'a badge issue follows the latest one'); END;
CREATE TRIGGER badge_issues_no_update BEFORE UPDATE ON badge_issues
BEGIN SELECT RAISE(ABORT, 'badge issues cannot be changed: issue a new badge instead'); END;
CREATE TRIGGER badge_issues_no_delete BEFORE DELETE ON badge_issues
BEGIN SELECT RAISE(ABORT, 'badge issues cannot be deleted'); END;
