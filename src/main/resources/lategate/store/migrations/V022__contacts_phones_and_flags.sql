-- lategate database, version 22: every phone an adult is listed with, each with its label, whether
-- the adult holds parental responsibility for the pupil, and whether the pupil must never be
-- released to them (docs/receptionist.md, "Contacts": a court order or a safeguarding instruction,
-- the stronger form of may not collect).
--
-- contacts.phone keeps the first number, so the rule that an adult who may collect has a phone
-- still holds in the table itself. parental_responsibility is NULL where the school's file did not
-- say; do_not_release is 0 for every adult listed before this version, as no file could say it.

ALTER TABLE contacts ADD COLUMN parental_responsibility INTEGER
    CHECK (parental_responsibility IS NULL OR parental_responsibility IN (0, 1));
-- an adult the pupil is never released to never collects
ALTER TABLE contacts ADD COLUMN do_not_release INTEGER NOT NULL DEFAULT 0
    CHECK (do_not_release IN (0, 1) AND (do_not_release = 0 OR may_collect = 0));

CREATE TABLE contact_phones (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,   -- 1 for the number rung first, in the file's order
    number      TEXT NOT NULL CHECK (length(trim(number)) > 0),
    label       TEXT,               -- "mobile", "work"; NULL when the file gave none
    UNIQUE (contact_id, position)
);
