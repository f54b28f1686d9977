-- lategate database, version 14: staff's decision on a claimed late reason (an unavoidable
-- medical appointment is authorised, M, once the school accepts it: docs/domain.md). A claim is decided
-- once: the unique reason_id makes a second decision fail in the database, whichever kiosk or
-- command tries it. A later change to the entry is an amendment. Like the rest of the register it
-- is only appended; a refusal, like any change, says why (the 2024 regulations).

CREATE TABLE claim_decisions (
    id          INTEGER PRIMARY KEY,
    reason_id   INTEGER NOT NULL UNIQUE REFERENCES arrival_reasons (id),
    verdict     TEXT NOT NULL CHECK (verdict IN ('confirmed', 'refused')),
    why         TEXT NOT NULL CHECK (length(trim(why)) > 0),
    decided_at  TEXT NOT NULL,
    decided_by  TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    position    TEXT NOT NULL CHECK (length(trim(position)) > 0)
);

CREATE TRIGGER claim_decisions_no_update BEFORE UPDATE ON claim_decisions
BEGIN SELECT RAISE(ABORT, 'a claim is decided once: change the entry with an amendment instead'); END;
CREATE TRIGGER claim_decisions_no_delete BEFORE DELETE ON claim_decisions WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
BEGIN SELECT RAISE(ABORT, 'a claim decision is part of the register and cannot be deleted'); END;
