-- lategate database, version 23: indexes for a register that keeps six years (the 2024 regulations:
-- every entry kept "for 6 years after the date on which the entry was made"; docs/data-protection.md).
-- A scan must cost the same in a school's sixth year as in its first (docs/architecture.md, "A
-- register kept six years"): nothing it runs may walk a table that grows with the years.
-- EXPLAIN QUERY PLAN showed two that did.

-- A badge is looked up on its first code or its second (V021): without this, the second code made
-- every scan walk the whole roll. Not unique: a roster import may swap two pupils' codes.
CREATE INDEX pupils_badge_2_on_roll ON pupils (badge_2) WHERE left_on IS NULL;

-- A held scan's settlement names the arrival it made. SQLite checks that child key whenever an
-- arrival is written or purged; without an index each check read every settlement.
CREATE INDEX held_scan_settlements_by_arrival ON held_scan_settlements (arrival_id);
