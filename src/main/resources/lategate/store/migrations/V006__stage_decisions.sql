-- The attendance lead's decisions on staged letters (the school's policy): each proposed
-- stage change confirmed or overridden, with who, when and why. Rows are only ever appended: a
-- correction is a later decision on the same block.

CREATE TABLE stage_decisions (
    id          INTEGER PRIMARY KEY,
    pupil_id    TEXT NOT NULL REFERENCES pupils (pupil_id),
    block       INTEGER NOT NULL CHECK (block >= 1),
    from_stage  INTEGER NOT NULL CHECK (from_stage BETWEEN 0 AND 5),
    proposed_stage INTEGER NOT NULL CHECK (proposed_stage BETWEEN 0 AND 5),
    decided_stage  INTEGER NOT NULL CHECK (decided_stage BETWEEN 0 AND 5),
    kind        TEXT NOT NULL CHECK (kind IN ('CONFIRMED', 'OVERRIDDEN')),
    decided_by  TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    position    TEXT NOT NULL CHECK (length(trim(position)) > 0),
    why         TEXT,
    decided_at  TEXT NOT NULL,
    CHECK (kind = 'CONFIRMED' OR length(trim(coalesce(why, ''))) > 0)
);
CREATE INDEX stage_decisions_by_pupil ON stage_decisions (pupil_id, block);

CREATE TRIGGER stage_decisions_no_update BEFORE UPDATE ON stage_decisions
BEGIN SELECT RAISE(ABORT, 'a stage decision cannot be changed: record a new decision instead'); END;
CREATE TRIGGER stage_decisions_no_delete BEFORE DELETE ON stage_decisions
BEGIN SELECT RAISE(ABORT, 'a stage decision cannot be deleted: record a new decision instead'); END;
