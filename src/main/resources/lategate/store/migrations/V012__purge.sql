-- lategate database, version 12: removing what is past retention (docs/decisions/append-only-register.md).
-- The register is kept 6 years by default, the school's [retention] years (the 2024
-- regulations: "6 years after the date on which the entry was made"). After that it
-- must go: keeping personal data longer than needed is itself unlawful. The logs refuse DELETE
-- so no tool can rewrite history; `lategate purge` is the one sanctioned way past that refusal.
-- It puts a row in purge_in_progress, deletes, takes the row out again and writes the purges
-- log, all in one transaction: a purge that fails midway leaves nothing changed, and the guard
-- row never outlives the transaction that made it. Outside a purge every refusal stands.

CREATE TABLE purge_in_progress (
    id INTEGER PRIMARY KEY CHECK (id = 1)   -- one row at most: present only inside a purge
);

-- What each purge removed: when, who, the cut-off and how many rows of each table. No names.
CREATE TABLE purges (
    id              INTEGER PRIMARY KEY,
    purged_at       TEXT NOT NULL,     -- the instant, UTC
    purged_by       TEXT NOT NULL CHECK (length(trim(purged_by)) > 0),
    retention_years INTEGER NOT NULL CHECK (retention_years >= 1),
    cut_off         TEXT NOT NULL,     -- entries dated before this school date were removed
    counts          TEXT NOT NULL      -- JSON: {"arrivals": 120, ...}
);
CREATE TRIGGER purges_no_update BEFORE UPDATE ON purges
BEGIN SELECT RAISE(ABORT, 'the purge log cannot be changed'); END;
CREATE TRIGGER purges_no_delete BEFORE DELETE ON purges
BEGIN SELECT RAISE(ABORT, 'the purge log cannot be deleted'); END;

DROP TRIGGER arrivals_no_delete;
CREATE TRIGGER arrivals_no_delete BEFORE DELETE ON arrivals WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'arrivals are part of the register and cannot be deleted: record an amendment instead'); END;
DROP TRIGGER arrival_reasons_no_delete;
CREATE TRIGGER arrival_reasons_no_delete BEFORE DELETE ON arrival_reasons WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'reasons are part of the register and cannot be deleted'); END;
DROP TRIGGER unmarked_scans_no_delete;
CREATE TRIGGER unmarked_scans_no_delete BEFORE DELETE ON unmarked_scans WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'the scan log cannot be deleted'); END;
DROP TRIGGER pupil_cutoffs_no_delete;
CREATE TRIGGER pupil_cutoffs_no_delete BEFORE DELETE ON pupil_cutoffs WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a pupil cut-off cannot be deleted: end it instead'); END;
DROP TRIGGER pupils_never_deleted;
CREATE TRIGGER pupils_never_deleted BEFORE DELETE ON pupils WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'pupils are never deleted: a leaver keeps their history'); END;
DROP TRIGGER movements_no_delete;
CREATE TRIGGER movements_no_delete BEFORE DELETE ON movements WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'movements are part of the record and cannot be deleted'); END;
DROP TRIGGER amendments_no_delete;
CREATE TRIGGER amendments_no_delete BEFORE DELETE ON amendments WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'amendments are the audit trail and cannot be deleted'); END;
DROP TRIGGER amendment_batches_no_delete;
CREATE TRIGGER amendment_batches_no_delete BEFORE DELETE ON amendment_batches WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END;
DROP TRIGGER lunch_passes_no_delete;
CREATE TRIGGER lunch_passes_no_delete BEFORE DELETE ON lunch_passes WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a lunchtime pass cannot be deleted: end it instead'); END;
DROP TRIGGER stage_decisions_no_delete;
CREATE TRIGGER stage_decisions_no_delete BEFORE DELETE ON stage_decisions WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a stage decision cannot be deleted: record a new decision instead'); END;
DROP TRIGGER outbox_no_delete;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a summary in the outbox cannot be deleted'); END;
DROP TRIGGER outbox_deliveries_no_delete;
CREATE TRIGGER outbox_deliveries_no_delete BEFORE DELETE ON outbox_deliveries WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a delivery record cannot be deleted'); END;
DROP TRIGGER kiosk_faults_no_delete;
CREATE TRIGGER kiosk_faults_no_delete BEFORE DELETE ON kiosk_faults WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'the kiosk fault log cannot be deleted'); END;
DROP TRIGGER badge_issues_no_delete;
CREATE TRIGGER badge_issues_no_delete BEFORE DELETE ON badge_issues WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'badge issues cannot be deleted'); END;
