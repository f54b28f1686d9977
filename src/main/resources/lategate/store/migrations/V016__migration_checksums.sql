-- lategate database, version 16: the checksum of every migration applied, so that a lategate whose
-- copy of an applied migration differs from what ran refuses to open the file rather than guess
-- what its tables hold. The checksum is SHA-256 of the script's SQL, its comments and layout aside
-- (MigrationChecksums). A database that had migrations before this one records the checksums of
-- the scripts it is opened with, in the same transaction as this table is made.

CREATE TABLE migration_checksums (
    version  INTEGER PRIMARY KEY CHECK (version >= 1),
    script   TEXT NOT NULL CHECK (length(trim(script)) > 0),
    sha256   TEXT NOT NULL CHECK (length(sha256) = 64)
);
