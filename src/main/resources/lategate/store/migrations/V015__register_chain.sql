-- lategate database, version 15: the register is tamper-evident, not only tamper-resistant.
-- The triggers stop lategate's own code, and any program that keeps to them, from changing the
-- register; they do not stop someone with the file and sqlite3 (DROP TRIGGER, or a row put in
-- purge_in_progress). So every row of the register's tables is sealed, in the transaction that
-- wrote it, by an entry here: a SHA-256 of the row and of the entry before it. Changing, adding or
-- removing a row, or an entry, breaks the chain at that point, and `lategate verify` names it.
-- docs/tamper-evidence.md explains the entries and what verify checks.

CREATE TABLE register_chain (
    seq        INTEGER PRIMARY KEY,     -- 1, 2, 3 … with no gaps
    kind       TEXT NOT NULL CHECK (kind IN ('row', 'ended', 'removed', 'checkpoint')),
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,        -- the row's rowid; for a checkpoint, the purges row it closes
    of_seq     INTEGER,                 -- ended and removed: the seal of the row they speak of
    row_hash   TEXT NOT NULL,           -- hex SHA-256 of the row (ended: of its end; checkpoint: of what was removed)
    chain_hash TEXT NOT NULL,           -- hex SHA-256 of the entry before's chain_hash and this entry
    CHECK ((kind IN ('ended', 'removed')) = (of_seq IS NOT NULL))
);
CREATE INDEX register_chain_by_row ON register_chain (table_name, row_id, seq);

CREATE TRIGGER register_chain_no_update BEFORE UPDATE ON register_chain
BEGIN SELECT RAISE(ABORT, 'the register chain cannot be changed'); END;
CREATE TRIGGER register_chain_no_delete BEFORE DELETE ON register_chain
BEGIN SELECT RAISE(ABORT, 'the register chain cannot be deleted'); END;

-- Each check of the chain: when, how far (full, or from the last whole check), and what it found.
-- The kiosk checks at start and at each backup; the staff menu shows the latest.
CREATE TABLE chain_checks (
    id            INTEGER PRIMARY KEY,
    checked_at    TEXT NOT NULL,        -- the instant, UTC
    full          INTEGER NOT NULL CHECK (full IN (0, 1)),
    through_seq   INTEGER NOT NULL,     -- the chain's head when checked
    through_hash  TEXT NOT NULL,
    problems      INTEGER NOT NULL CHECK (problems >= 0),
    first_problem TEXT                  -- in words, when there was one
);
CREATE TRIGGER chain_checks_no_update BEFORE UPDATE ON chain_checks
BEGIN SELECT RAISE(ABORT, 'a check of the register chain cannot be changed'); END;
CREATE TRIGGER chain_checks_no_delete BEFORE DELETE ON chain_checks
BEGIN SELECT RAISE(ABORT, 'a check of the register chain cannot be deleted'); END;
