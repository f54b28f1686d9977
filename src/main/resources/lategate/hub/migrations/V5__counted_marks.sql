-- lategate hub, version 5: the marks the trust's reports count, in an index they read alone.
--
-- The trust's reports count late marks per pupil and block, and select the pupils with enough
-- unauthorised absences for a threshold, over every school at once (docs/hub.md, "The trust's
-- reports in SQL"). hub.marks holds each session as its kiosk resolved it, with some 28 columns
-- (the reason, the amendment, the arrival): read whole, a trust of 100 schools is some 340 MB for
-- the four columns the counts use. This index holds just those columns of the marks the counts
-- read (L and U, and the unauthorised codes U, O, G and N), by school and date, so the counts are
-- read from the index alone. It is the same rows, not a copy kept beside them: PostgreSQL keeps it
-- with every delivery, and nothing resolves an entry a second way.
CREATE INDEX marks_counted ON hub.marks (school_id, school_date) INCLUDE (pupil_id, register, code, minutes_late)
    WHERE code IN ('L', 'U', 'O', 'G', 'N');
