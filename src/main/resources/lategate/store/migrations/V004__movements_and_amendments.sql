-- Signing out and back in, and amendments with their audit trail. Both are logs: rows are only
-- appended (the 2024 regulations: every amendment keeps the original entry, the
-- amended entry, the reason, the date and the name and position of who made it).

CREATE TABLE movements (
    id                 INTEGER PRIMARY KEY,
    pupil_id           TEXT NOT NULL REFERENCES pupils (pupil_id),
    kind               TEXT NOT NULL CHECK (kind IN ('out', 'in')),
    at                 TEXT NOT NULL,           -- the instant, UTC
    school_date        TEXT NOT NULL,
    code               TEXT,                    -- for 'out': the code a register taken meanwhile gets
    reason             TEXT,
    collected_by       TEXT,
    relationship       TEXT,
    collector_listed   INTEGER CHECK (collector_listed IN (0, 1)),
    confirmed_by       TEXT,                    -- the parent who confirmed an unlisted collector by phone
    confirmed_at       TEXT,
    evidence_seen      INTEGER CHECK (evidence_seen IN (0, 1)),
    expected_back      TEXT,
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
    recorded_position  TEXT NOT NULL CHECK (length(trim(recorded_position)) > 0),
    CHECK (kind = 'in' OR (code IS NOT NULL AND collected_by IS NOT NULL AND collector_listed IS NOT NULL
        AND (collector_listed = 1 OR confirmed_by IS NOT NULL)))
);
CREATE INDEX movements_by_day ON movements (school_date, pupil_id);

CREATE TABLE amendment_batches (
    id          INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    position    TEXT NOT NULL
);

CREATE TABLE amendments (
    id            INTEGER PRIMARY KEY,
    pupil_id      TEXT NOT NULL REFERENCES pupils (pupil_id),
    school_date   TEXT NOT NULL,
    register      TEXT NOT NULL CHECK (register IN ('AM', 'PM')),
    original_code TEXT NOT NULL,
    amended_code  TEXT NOT NULL,
    late_reason   TEXT,
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    evidence      TEXT,
    amended_at    TEXT NOT NULL,
    amended_by    TEXT NOT NULL CHECK (length(trim(amended_by)) > 0),
    position      TEXT NOT NULL CHECK (length(trim(position)) > 0),
    batch_id      INTEGER REFERENCES amendment_batches (id)
);
CREATE INDEX amendments_by_entry ON amendments (pupil_id, school_date, register);
CREATE INDEX amendments_by_day ON amendments (school_date);

CREATE TRIGGER movements_no_update BEFORE UPDATE ON movements
BEGIN SELECT RAISE(ABORT, 'movements are part of the record and cannot be changed'); END;
CREATE TRIGGER movements_no_delete BEFORE DELETE ON movements
BEGIN SELECT RAISE(ABORT, 'movements are part of the record and cannot be deleted'); END;
CREATE TRIGGER amendments_no_update BEFORE UPDATE ON amendments
BEGIN SELECT RAISE(ABORT, 'amendments are the audit trail and cannot be changed: make a new amendment'); END;
CREATE TRIGGER amendments_no_delete BEFORE DELETE ON amendments
BEGIN SELECT RAISE(ABORT, 'amendments are the audit trail and cannot be deleted'); END;
CREATE TRIGGER amendment_batches_no_update BEFORE UPDATE ON amendment_batches
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER amendment_batches_no_delete BEFORE DELETE ON amendment_batches
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END;
