-- Lunchtime passes (the school's policy): granted by the school for a term at a time, signed
-- out and back in on the lunch register at the office. A pass may only be ended, once.

CREATE TABLE lunch_passes (
    id          INTEGER PRIMARY KEY,
    pupil_id    TEXT NOT NULL REFERENCES pupils (pupil_id),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    granted_at  TEXT NOT NULL,
    granted_by  TEXT NOT NULL CHECK (length(trim(granted_by)) > 0),
    granted_position TEXT NOT NULL CHECK (length(trim(granted_position)) > 0),
    ended_at    TEXT,
    ended_by    TEXT,
    ended_position TEXT
);
CREATE INDEX lunch_passes_by_pupil ON lunch_passes (pupil_id);

CREATE TRIGGER lunch_passes_only_ended BEFORE UPDATE ON lunch_passes
WHEN OLD.ended_at IS NOT NULL OR NEW.ended_at IS NULL OR length(trim(coalesce(NEW.ended_by, ''))) = 0
  OR NEW.pupil_id IS NOT OLD.pupil_id OR NEW.valid_from IS NOT OLD.valid_from OR NEW.reason IS NOT OLD.reason
  OR NEW.granted_at IS NOT OLD.granted_at OR NEW.granted_by IS NOT OLD.granted_by
BEGIN SELECT RAISE(ABORT, 'a lunchtime pass can only be ended, once'); END;
CREATE TRIGGER lunch_passes_no_delete BEFORE DELETE ON lunch_passes
BEGIN SELECT RAISE(ABORT, 'a lunchtime pass cannot be deleted: end it instead'); END;

-- Sign-outs on a lunchtime pass are kept on the same log, marked, so the lunch register can be read.
ALTER TABLE movements ADD COLUMN lunch INTEGER NOT NULL DEFAULT 0 CHECK (lunch IN (0, 1));
