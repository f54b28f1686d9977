-- Trusted time (docs/domain.md, "The kiosk's clock"): a kiosk with no clock battery may boot at a wrong date, and a
-- PC's clock drifts or is set by hand. The kiosk keeps the latest instant it has recorded, logs
-- every doubt about its clock and what staff did about it, and keeps the scans it took while the
-- clock was in question until staff settle the time.

-- The latest instant recorded here: one row. It is a mark, not a record, so it moves: forward as
-- the kiosk runs, and back only when staff confirm or set the time (clock_events says when and who).
-- Seeded from the register, so a database made before this migration is guarded from its first start.
CREATE TABLE clock_high_water (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    latest_at  TEXT NOT NULL            -- UTC, ISO-8601
);
INSERT INTO clock_high_water (id, latest_at)
SELECT 1, (SELECT max(recorded_at) FROM arrivals) WHERE EXISTS (SELECT 1 FROM arrivals);

-- What happened to the clock: questioned (the rule and why, the kiosk's time), confirmed by staff
-- (who), corrected by staff (who, from the time the kiosk said to the right one). Append-only.
CREATE TABLE clock_events (
    id          INTEGER PRIMARY KEY,
    kiosk_id    TEXT NOT NULL CHECK (length(trim(kiosk_id)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('questioned', 'confirmed', 'corrected')),
    kiosk_time  TEXT NOT NULL,          -- what the kiosk's clock said
    rule        TEXT,                   -- questioned: the rule's name
    why         TEXT,                   -- questioned: its sentence
    by_name     TEXT,                   -- confirmed, corrected: who
    by_position TEXT,
    corrected_to TEXT,                  -- corrected: the right time at kiosk_time
    CHECK ((kind = 'questioned') = (rule IS NOT NULL AND why IS NOT NULL)),
    CHECK ((kind = 'questioned') = (by_name IS NULL)),
    CHECK ((kind = 'corrected') = (corrected_to IS NOT NULL))
);

-- A pupil's scan taken while the clock was in question: kept, never lost, not marked L or U until
-- staff confirm or correct the time. Append-only.
CREATE TABLE held_scans (
    id          INTEGER PRIMARY KEY,
    pupil_id    TEXT NOT NULL REFERENCES pupils (pupil_id),
    code        TEXT NOT NULL,
    held_at     TEXT NOT NULL,          -- what the questioned clock said, UTC
    kiosk_id    TEXT NOT NULL CHECK (length(trim(kiosk_id)) > 0),
    recorded_by TEXT NOT NULL,
    doubt       TEXT NOT NULL           -- why the clock was in question
);

-- How each held scan was settled, once: the instant it was classified at, the arrival it made if
-- it made one (that arrival's recorded_by carries "clock questioned"), what came of it, and who
-- settled the time. Append-only.
CREATE TABLE held_scan_settlements (
    held_scan_id  INTEGER PRIMARY KEY REFERENCES held_scans (id),
    classified_at TEXT NOT NULL,
    arrival_id    INTEGER REFERENCES arrivals (id),
    outcome       TEXT NOT NULL,
    settled_by    TEXT NOT NULL CHECK (length(trim(settled_by)) > 0),
    settled_at    TEXT NOT NULL
);

CREATE TRIGGER clock_high_water_only_forward BEFORE UPDATE ON clock_high_water
WHEN NEW.latest_at < OLD.latest_at AND NOT EXISTS (SELECT 1 FROM clock_events
    WHERE kind IN ('confirmed', 'corrected') AND id = (SELECT max(id) FROM clock_events)
    AND coalesce(corrected_to, kiosk_time) = NEW.latest_at)
BEGIN SELECT RAISE(ABORT, 'the clock high-water mark moves back only when staff have just confirmed or set the time'); END;
CREATE TRIGGER clock_high_water_no_delete BEFORE DELETE ON clock_high_water
BEGIN SELECT RAISE(ABORT, 'the clock high-water mark cannot be deleted'); END;
CREATE TRIGGER clock_events_no_update BEFORE UPDATE ON clock_events
BEGIN SELECT RAISE(ABORT, 'the clock log cannot be changed'); END;
CREATE TRIGGER clock_events_no_delete BEFORE DELETE ON clock_events
BEGIN SELECT RAISE(ABORT, 'the clock log cannot be deleted'); END;
CREATE TRIGGER held_scans_no_update BEFORE UPDATE ON held_scans
BEGIN SELECT RAISE(ABORT, 'held scans cannot be changed: they are settled in held_scan_settlements'); END;
CREATE TRIGGER held_scans_no_delete BEFORE DELETE ON held_scans
BEGIN SELECT RAISE(ABORT, 'held scans cannot be deleted'); END;
CREATE TRIGGER held_scan_settlements_no_update BEFORE UPDATE ON held_scan_settlements
BEGIN SELECT RAISE(ABORT, 'a held scan is settled once'); END;
CREATE TRIGGER held_scan_settlements_no_delete BEFORE DELETE ON held_scan_settlements
BEGIN SELECT RAISE(ABORT, 'a held scan is settled once'); END;
