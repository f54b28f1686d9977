-- lategate database, version 2: staff accounts and their log.
-- An account's name and position go beside everything its holder does (the 2024
-- regulations: an amendment keeps the name and position of who made it), so accounts are never
-- deleted or renamed: someone who leaves is disabled. The PIN is kept only as a slow salted
-- hash (PBKDF2, written pbkdf2-sha256$ITERATIONS$SALT$HASH), never as the PIN.

CREATE TABLE staff (
    username    TEXT PRIMARY KEY CHECK (username GLOB '[a-z]*' AND length(username) BETWEEN 2 AND 32),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position    TEXT NOT NULL CHECK (length(trim(position)) > 0),
    role        TEXT NOT NULL CHECK (role IN ('receptionist', 'attendance-lead', 'administrator')),
    pin_hash    TEXT NOT NULL CHECK (pin_hash LIKE 'pbkdf2-sha256$%'),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL CHECK (length(trim(created_by)) > 0),  -- itself, for the first administrator
    disabled_at TEXT,            -- set once, with disabled_by; a disabled account never signs in again
    disabled_by TEXT
);

-- Everything that happens to an account, including every sign-in attempt, right or wrong.
-- Only appended: the lockout is worked out from it, so it must not be rewritten.
CREATE TABLE staff_events (
    id       INTEGER PRIMARY KEY,
    username TEXT NOT NULL,     -- the account concerned; for an unknown user, what was typed
    event    TEXT NOT NULL CHECK (event IN ('added', 'pin_reset', 'disabled', 'sign_in_ok',
                 'sign_in_wrong_pin', 'locked', 'sign_in_refused', 'sign_in_unknown_user')),
    at       TEXT NOT NULL,     -- the instant, UTC, ISO-8601
    done_by  TEXT NOT NULL CHECK (length(trim(done_by)) > 0),  -- the username of who did it
    detail   TEXT NOT NULL DEFAULT ''                          -- words for people; never a PIN
);
CREATE INDEX staff_events_by_username ON staff_events (username, id);

CREATE TRIGGER staff_events_no_update BEFORE UPDATE ON staff_events
BEGIN SELECT RAISE(ABORT, 'the staff log cannot be changed'); END;
CREATE TRIGGER staff_events_no_delete BEFORE DELETE ON staff_events
BEGIN SELECT RAISE(ABORT, 'the staff log cannot be deleted'); END;

-- An account changes only by disabling it, once, or by a new PIN while it is enabled; who it is
-- (username, name, position, role) and who made it stay as recorded.
CREATE TRIGGER staff_only_disabled_or_new_pin BEFORE UPDATE ON staff
WHEN NEW.username IS NOT OLD.username OR NEW.name IS NOT OLD.name OR NEW.position IS NOT OLD.position
  OR NEW.role IS NOT OLD.role OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
  OR (OLD.disabled_at IS NOT NULL AND (NEW.disabled_at IS NOT OLD.disabled_at
      OR NEW.disabled_by IS NOT OLD.disabled_by OR NEW.pin_hash IS NOT OLD.pin_hash))
  OR (NEW.disabled_at IS NULL AND NEW.disabled_by IS NOT NULL)
  OR (NEW.disabled_at IS NOT NULL AND length(trim(coalesce(NEW.disabled_by, ''))) = 0)
BEGIN SELECT RAISE(ABORT, 'a staff account can only be disabled, once, or given a new PIN while enabled'); END;
CREATE TRIGGER staff_never_deleted BEFORE DELETE ON staff
BEGIN SELECT RAISE(ABORT, 'staff accounts are never deleted: disable the account instead'); END;
