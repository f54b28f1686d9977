-- lategate database, version 7: the outbox of daily summaries (docs/decisions/deterministic-summary-json.md), and the kiosk's faults.
-- A summary once made is never changed: a later change to its day makes a new version. Which
-- target took which summary is recorded beside it, only after the target has confirmed it.

-- The kiosk name this database's summaries carry, fixed by the first summary.
CREATE TABLE outbox_identity (
    kiosk_id  TEXT NOT NULL CHECK (length(trim(kiosk_id)) > 0),
    fixed_at  TEXT NOT NULL
);

CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    school_id      TEXT NOT NULL,
    kiosk_id       TEXT NOT NULL,
    school_date    TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    made_at        TEXT NOT NULL,
    content_digest TEXT NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    body           BLOB NOT NULL,
    UNIQUE (school_id, kiosk_id, school_date, version)
);

CREATE TABLE outbox_deliveries (
    id           INTEGER PRIMARY KEY,
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id),
    target       TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    UNIQUE (outbox_id, target)
);

-- How far summaries have looked through each log (the last row id seen): the logs are only
-- appended, so a higher id is something new whatever any clock said. Only ever moves forward.
CREATE TABLE outbox_watermarks (
    log     TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL
);

-- Saves the kiosk could not make (a full disk, a lock held too long), written once the database
-- takes writes again, so the office and the hub see how often pupils were told "not saved".
CREATE TABLE kiosk_faults (
    id          INTEGER PRIMARY KEY,
    kiosk_id    TEXT NOT NULL,
    school_date TEXT NOT NULL,
    at          TEXT NOT NULL,
    what        TEXT NOT NULL
);
CREATE INDEX kiosk_faults_by_day ON kiosk_faults (school_date);

CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
BEGIN SELECT RAISE(ABORT, 'a summary in the outbox cannot be changed: make a new version instead'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'a summary in the outbox cannot be deleted'); END;
CREATE TRIGGER outbox_deliveries_no_update BEFORE UPDATE ON outbox_deliveries
BEGIN SELECT RAISE(ABORT, 'a delivery record cannot be changed'); END;
CREATE TRIGGER outbox_deliveries_no_delete BEFORE DELETE ON outbox_deliveries
BEGIN SELECT RAISE(ABORT, 'a delivery record cannot be deleted'); END;
CREATE TRIGGER outbox_identity_no_update BEFORE UPDATE ON outbox_identity
BEGIN SELECT RAISE(ABORT, 'the kiosk name of a database cannot be changed once it has made summaries'); END;
CREATE TRIGGER outbox_watermarks_forward BEFORE UPDATE ON outbox_watermarks
WHEN NEW.last_id < OLD.last_id OR NEW.log IS NOT OLD.log
BEGIN SELECT RAISE(ABORT, 'the outbox watermark only moves forward'); END;
CREATE TRIGGER kiosk_faults_no_update BEFORE UPDATE ON kiosk_faults
BEGIN SELECT RAISE(ABORT, 'the kiosk fault log cannot be changed'); END;
CREATE TRIGGER kiosk_faults_no_delete BEFORE DELETE ON kiosk_faults
BEGIN SELECT RAISE(ABORT, 'the kiosk fault log cannot be deleted'); END;
