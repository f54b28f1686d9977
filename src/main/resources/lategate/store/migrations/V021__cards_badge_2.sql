-- lategate database, version 21: a pupil's second code, from the roster's optional badge_2 column
-- (e.g. a card and a fob), read like the badge (docs/settings.md, "[badges]"). The roster import refuses
-- a code that is another pupil's badge or badge_2, so no index here: an import may swap two pupils' codes.

ALTER TABLE pupils ADD COLUMN badge_2 TEXT;
