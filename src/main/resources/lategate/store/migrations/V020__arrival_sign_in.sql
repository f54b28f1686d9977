-- lategate database, version 20: how each arrival was signed in (docs/receptionist.md, "How a sign-in
-- was made"): 'scan' (a badge read by a scanner), 'typed' (a code typed by hand at the kiosk), 'staff'
-- (staff mode, without a badge) or 'office' (the office's sign-in command). Arrivals recorded before
-- this version have none: how they were made was not kept, and is not guessed now.
--
-- arrivals is in the register's chain (docs/tamper-evidence.md). A row's seal hashes its non-null
-- columns only, so a column added empty leaves every earlier seal as it was; new rows are sealed with it.

ALTER TABLE arrivals ADD COLUMN sign_in TEXT
    CHECK (sign_in IS NULL OR sign_in IN ('scan', 'typed', 'staff', 'office'));
