-- lategate database, version 13: the clock's records are purged like the rest (docs/decisions/append-only-register.md).
-- V011 made held scans, their settlements and the clock log refuse DELETE outright, so nothing
-- could remove them, even past retention (the 2024 regulations: 6 years by default). A held scan names
-- a pupil and a settlement points at an arrival, so they must go when those go, or keep a pupil
-- past retention and stop the purge of that arrival on its foreign key. As in V012, each refusal
-- stands aside only while purge_in_progress holds its row, inside `lategate purge`'s transaction.
DROP TRIGGER held_scans_no_delete;
CREATE TRIGGER held_scans_no_delete BEFORE DELETE ON held_scans WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'held scans cannot be deleted'); END;
DROP TRIGGER held_scan_settlements_no_delete;
CREATE TRIGGER held_scan_settlements_no_delete BEFORE DELETE ON held_scan_settlements WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a held scan is settled once'); END;
DROP TRIGGER clock_events_no_delete;
CREATE TRIGGER clock_events_no_delete BEFORE DELETE ON clock_events WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'the clock log cannot be deleted'); END;
