-- lategate database, version 3: the adults each pupil's family lists, and who of them may
-- collect the pupil from the office (docs/domain.md, "Safeguarding at sign-out":
-- collected from the school office by a parent or another authorised adult).
-- Contacts are the family's current wishes, not part of the register: each import replaces the
-- whole list. When it changed, from which file, is kept in contact_imports, which is only ever
-- appended to. A record of who collected a pupil must copy the adult's name and relationship,
-- not point at a row here: the next import replaces the rows.

CREATE TABLE contact_imports (
    id           INTEGER PRIMARY KEY,
    imported_at  TEXT NOT NULL,
    source_name  TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    adults       INTEGER NOT NULL,   -- adults the new file lists
    may_collect  INTEGER NOT NULL,   -- of whom this many may collect
    pupils       INTEGER NOT NULL,   -- pupils with at least one adult listed
    replaced     INTEGER NOT NULL    -- adults listed before the import, all replaced by it
);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,   -- in the file's order: a family's first contact first
    pupil_id     TEXT NOT NULL REFERENCES pupils (pupil_id),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relationship TEXT NOT NULL CHECK (length(trim(relationship)) > 0),
    may_collect  INTEGER NOT NULL CHECK (may_collect IN (0, 1)),
    phone        TEXT,                  -- as written; NULL only for an adult who may not collect
    imported_at  TEXT NOT NULL,
    import_id    INTEGER NOT NULL REFERENCES contact_imports (id),
    -- the school must be able to phone an adult who collects a pupil
    CHECK (may_collect = 0 OR length(trim(coalesce(phone, ''))) > 0)
);
-- Each adult once per pupil. lower() folds only A-Z, a weaker test than the importer's, so it
-- never refuses a list the importer accepted; it keeps out what another tool might write.
CREATE UNIQUE INDEX contacts_one_per_name ON contacts (pupil_id, lower(name));

CREATE TRIGGER contact_imports_no_update BEFORE UPDATE ON contact_imports
BEGIN SELECT RAISE(ABORT, 'the contacts import log cannot be changed'); END;
CREATE TRIGGER contact_imports_no_delete BEFORE DELETE ON contact_imports
BEGIN SELECT RAISE(ABORT, 'the contacts import log cannot be deleted'); END;
