-- lategate database, version 10: serial scanners. The scan log now says which scanner
-- a scan came from, and keeps a scanner's faults (garbage bytes from a wrong baud rate, a run
-- longer than any badge, a partial scan) beside the unmarked scans: never a mark, always there
-- for the office. A fault is not an unknown badge, so the daily summary's count of those leaves
-- faults out. Rows from before have no source and are not faults.
ALTER TABLE unmarked_scans ADD COLUMN source TEXT;
ALTER TABLE unmarked_scans ADD COLUMN fault INTEGER NOT NULL DEFAULT 0 CHECK (fault IN (0, 1));
