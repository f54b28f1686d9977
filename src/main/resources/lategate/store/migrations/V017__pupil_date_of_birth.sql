-- lategate database, version 17: a pupil's date of birth, from the roster's optional date_of_birth
-- column (yyyy-mm-dd). A pupil below compulsory school age (Education Act 1996, s.8) is never at the
-- penalty notice threshold; without a date of birth the pupil is taken to be of compulsory school age.

ALTER TABLE pupils ADD COLUMN date_of_birth TEXT
    CHECK (date_of_birth IS NULL OR date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
