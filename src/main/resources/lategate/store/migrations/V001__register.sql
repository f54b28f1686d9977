-- lategate database, version 1: the roster and the register of arrivals.
-- The register is a log: arrivals, reasons and scans are only ever appended. Triggers refuse
-- UPDATE and DELETE on them, so even another tool editing the file cannot rewrite history
-- (the 2024 regulations: amendments keep the original entry; docs/decisions/append-only-register.md).

-- Which school this file belongs to, so one school's roster never lands in another's register.
CREATE TABLE school (
    school_id TEXT NOT NULL,
    bound_at  TEXT NOT NULL
);

CREATE TABLE pupils (
    pupil_id      TEXT PRIMARY KEY,
    given_name    TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
    family_name   TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
    year_group    TEXT NOT NULL,
    class_name    TEXT NOT NULL,
    badge         TEXT NOT NULL,
    send          INTEGER NOT NULL DEFAULT 0 CHECK (send IN (0, 1)),
    pupil_premium INTEGER NOT NULL DEFAULT 0 CHECK (pupil_premium IN (0, 1)),
    fsm           INTEGER NOT NULL DEFAULT 0 CHECK (fsm IN (0, 1)),
    lac           INTEGER NOT NULL DEFAULT 0 CHECK (lac IN (0, 1)),
    eal           INTEGER NOT NULL DEFAULT 0 CHECK (eal IN (0, 1)),
    joined_on     TEXT NOT NULL,
    left_on       TEXT             -- set when a roster import no longer lists the pupil
);
-- A leaver's badge stops working, so only pupils on roll need unique badges.
CREATE UNIQUE INDEX pupils_badge_on_roll ON pupils (badge) WHERE left_on IS NULL;

CREATE TABLE roster_imports (
    id           INTEGER PRIMARY KEY,
    imported_at  TEXT NOT NULL,
    source_name  TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    added        INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    unchanged    INTEGER NOT NULL,
    rejoined     INTEGER NOT NULL,
    left_roll    INTEGER NOT NULL
);

CREATE TABLE pupil_cutoffs (
    id          INTEGER PRIMARY KEY,
    pupil_id    TEXT NOT NULL REFERENCES pupils (pupil_id),
    register    TEXT NOT NULL CHECK (register IN ('AM', 'PM')),
    closes      TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
    ended_at    TEXT,             -- set once, with valid_to and ended_by, when the school ends it early
    ended_by    TEXT
);
CREATE INDEX pupil_cutoffs_by_pupil ON pupil_cutoffs (pupil_id);

CREATE TABLE arrivals (
    id            INTEGER PRIMARY KEY,
    pupil_id      TEXT NOT NULL REFERENCES pupils (pupil_id),
    school_date   TEXT NOT NULL,
    register      TEXT NOT NULL CHECK (register IN ('AM', 'PM')),
    year_group    TEXT NOT NULL,    -- as on the roster that day: reports by year group must not move
    class_name    TEXT NOT NULL,    -- when a later roster moves the pupil on
    arrived_at    TEXT NOT NULL,    -- the instant, UTC, ISO-8601
    arrived_local TEXT NOT NULL,    -- the same instant in school time, for people reading the file
    kiosk_id      TEXT NOT NULL CHECK (length(trim(kiosk_id)) > 0),
    mark          TEXT NOT NULL CHECK (mark IN ('on_time', 'L', 'U')),
    minutes_late  INTEGER NOT NULL CHECK (minutes_late >= 0),
    consequence   TEXT,             -- what the pupil was told, as the settings said then
    explanation   TEXT NOT NULL,    -- the rule's sentence, as it was decided then
    recorded_by   TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
    recorded_at   TEXT NOT NULL,
    repeat_of     INTEGER REFERENCES arrivals (id)   -- a second scan for a register already marked
);
-- One mark per pupil per register per day; repeats are kept but never become a second mark.
CREATE UNIQUE INDEX arrivals_one_mark ON arrivals (pupil_id, school_date, register) WHERE repeat_of IS NULL;
CREATE INDEX arrivals_by_date ON arrivals (school_date);

CREATE TABLE arrival_reasons (
    id           INTEGER PRIMARY KEY,
    arrival_id   INTEGER NOT NULL REFERENCES arrivals (id),
    reason_key   TEXT NOT NULL,
    reason_label TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('given', 'claimed', 'not_given')),
    claims_code  TEXT,              -- the code a claimed reason would authorise, once staff confirm
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX arrival_reasons_by_arrival ON arrival_reasons (arrival_id);

-- Every scan that made no mark (a badge nobody on roll holds, a closed day, after the school
-- day), kept for the office to see: nothing a pupil did at the kiosk goes unrecorded.
CREATE TABLE unmarked_scans (
    id         INTEGER PRIMARY KEY,
    scanned_at TEXT NOT NULL,
    code       TEXT NOT NULL,
    kiosk_id   TEXT NOT NULL,
    pupil_id   TEXT REFERENCES pupils (pupil_id),
    why        TEXT NOT NULL
);

CREATE TRIGGER arrivals_no_update BEFORE UPDATE ON arrivals
BEGIN SELECT RAISE(ABORT, 'arrivals are part of the register and cannot be changed: record an amendment instead'); END;
CREATE TRIGGER arrivals_no_delete BEFORE DELETE ON arrivals
BEGIN SELECT RAISE(ABORT, 'arrivals are part of the register and cannot be deleted: record an amendment instead'); END;
CREATE TRIGGER arrival_reasons_no_update BEFORE UPDATE ON arrival_reasons
BEGIN SELECT RAISE(ABORT, 'reasons are part of the register and cannot be changed: record a new reason instead'); END;
CREATE TRIGGER arrival_reasons_no_delete BEFORE DELETE ON arrival_reasons
BEGIN SELECT RAISE(ABORT, 'reasons are part of the register and cannot be deleted'); END;
CREATE TRIGGER unmarked_scans_no_update BEFORE UPDATE ON unmarked_scans
BEGIN SELECT RAISE(ABORT, 'the scan log cannot be changed'); END;
CREATE TRIGGER unmarked_scans_no_delete BEFORE DELETE ON unmarked_scans
BEGIN SELECT RAISE(ABORT, 'the scan log cannot be deleted'); END;
CREATE TRIGGER roster_imports_no_update BEFORE UPDATE ON roster_imports
BEGIN SELECT RAISE(ABORT, 'the roster import log cannot be changed'); END;
CREATE TRIGGER roster_imports_no_delete BEFORE DELETE ON roster_imports
BEGIN SELECT RAISE(ABORT, 'the roster import log cannot be deleted'); END;
-- A cut-off may only be ended, once (valid_to, ended_at, ended_by); the rest stays as recorded.
CREATE TRIGGER pupil_cutoffs_only_ended BEFORE UPDATE ON pupil_cutoffs
WHEN OLD.ended_at IS NOT NULL OR NEW.ended_at IS NULL OR length(trim(coalesce(NEW.ended_by, ''))) = 0
  OR NEW.pupil_id IS NOT OLD.pupil_id OR NEW.register IS NOT OLD.register
  OR NEW.closes IS NOT OLD.closes OR NEW.valid_from IS NOT OLD.valid_from OR NEW.reason IS NOT OLD.reason
  OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
BEGIN SELECT RAISE(ABORT, 'a pupil cut-off can only be ended, once: add a new one instead'); END;
CREATE TRIGGER pupil_cutoffs_no_delete BEFORE DELETE ON pupil_cutoffs
BEGIN SELECT RAISE(ABORT, 'a pupil cut-off cannot be deleted: end it instead'); END;
CREATE TRIGGER pupils_never_deleted BEFORE DELETE ON pupils
BEGIN SELECT RAISE(ABORT, 'pupils are never deleted: a leaver keeps their history'); END;
