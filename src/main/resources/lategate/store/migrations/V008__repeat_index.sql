-- lategate database, version 8: find a mark's repeat scans by index. The Late Book, the pupil
-- report and the export count each late mark's repeats; without this each count read every
-- arrival of the year.
CREATE INDEX arrivals_repeats ON arrivals (repeat_of) WHERE repeat_of IS NOT NULL;
