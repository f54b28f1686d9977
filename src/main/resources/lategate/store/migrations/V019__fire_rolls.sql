-- lategate database, version 19: the fire roll's ticks, saved as staff make them (docs/receptionist.md,
-- "The fire roll"). A roll call has a start (when, who, at which kiosk) and an end; one roll is open at a
-- time for the school's database, so every kiosk on one file ticks the same roll. It is closed by staff,
-- or when a new one starts (a roll left open from an earlier day is closed by the next one). Each tick
-- is a row, an untick too: the latest row for a pupil says whether they were found, and by whom.
--
-- Not register facts (docs/tamper-evidence.md): a roll call says where a pupil was during an
-- evacuation, not whether they attended, so these tables are not in the register's chain. They are
-- kept as written all the same: a tick is never changed or removed, and a roll only ever closes.

CREATE TABLE fire_rolls (
    id INTEGER PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    started_position TEXT NOT NULL,
    closed_at TEXT,
    closed_by TEXT,
    closed_position TEXT,
    CHECK ((closed_at IS NULL) = (closed_by IS NULL) AND (closed_at IS NULL) = (closed_position IS NULL))
);

-- One open roll at a time.
CREATE UNIQUE INDEX fire_rolls_one_open ON fire_rolls ((closed_at IS NULL)) WHERE closed_at IS NULL;

CREATE TABLE fire_roll_ticks (
    id INTEGER PRIMARY KEY,
    roll_id INTEGER NOT NULL REFERENCES fire_rolls (id),
    pupil_id TEXT NOT NULL,
    found INTEGER NOT NULL CHECK (found IN (0, 1)),
    at TEXT NOT NULL,
    by_name TEXT NOT NULL,
    by_position TEXT NOT NULL
);

CREATE INDEX fire_roll_ticks_by_roll ON fire_roll_ticks (roll_id, id);

CREATE TRIGGER fire_rolls_only_close BEFORE UPDATE ON fire_rolls
WHEN OLD.closed_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.kiosk_id IS NOT OLD.kiosk_id
    OR NEW.started_at IS NOT OLD.started_at OR NEW.started_by IS NOT OLD.started_by
    OR NEW.started_position IS NOT OLD.started_position
BEGIN SELECT RAISE(ABORT, 'a fire roll only ever closes: start a new one instead'); END;
CREATE TRIGGER fire_rolls_no_delete BEFORE DELETE ON fire_rolls WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a fire roll cannot be deleted'); END;
CREATE TRIGGER fire_roll_ticks_no_update BEFORE UPDATE ON fire_roll_ticks
BEGIN SELECT RAISE(ABORT, 'a fire roll tick cannot be changed: tick or untick again instead'); END;
CREATE TRIGGER fire_roll_ticks_no_delete BEFORE DELETE ON fire_roll_ticks WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a fire roll tick cannot be deleted'); END;
