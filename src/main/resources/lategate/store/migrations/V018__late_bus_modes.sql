-- lategate database, late-bus mode: staff declare at the kiosk that a bus is late, until a time
-- (docs/receptionist.md, "Late-bus mode"). While it runs, late pupils who scan have the bus as their
-- reason. Kept here, not in the kiosk's memory, so it survives a restart and every kiosk on the file
-- sees it; only ever appended, like the rest of the register, and sealed in its chain
-- (docs/tamper-evidence.md).

CREATE TABLE late_bus_modes (
    id                INTEGER PRIMARY KEY,
    route             TEXT NOT NULL CHECK (length(trim(route)) > 0),
    declared_at       TEXT NOT NULL,   -- the instant, UTC, ISO-8601: it applies from then
    until_at          TEXT NOT NULL,   -- when it ends by itself
    declared_by       TEXT NOT NULL CHECK (length(trim(declared_by)) > 0),
    declared_position TEXT NOT NULL CHECK (length(trim(declared_position)) > 0),
    kiosk_id          TEXT NOT NULL,
    CHECK (until_at > declared_at)
);

CREATE TRIGGER late_bus_modes_no_update BEFORE UPDATE ON late_bus_modes
BEGIN SELECT RAISE(ABORT, 'a late bus is declared once: declare another instead'); END;
CREATE TRIGGER late_bus_modes_no_delete BEFORE DELETE ON late_bus_modes WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a late bus is part of the register and cannot be deleted'); END;
