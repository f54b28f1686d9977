-- lategate hub, version 3: a school's credential delivers; only the hub writes the rows it derives.
--
-- Until now a school's role wrote every table itself (row-level security kept it to its own school),
-- because hub.deliver ran with the caller's rights. That let a school's role DELETE its own derived
-- rows (hub.marks and the rest) or rewrite them, and the trust's reports read whatever was left: a
-- school could make its own U marks vanish from the trust-wide threshold report. The derived rows
-- must only ever be what the summaries the hub holds give, so:
--
--   * hub.deliver and hub.deliver_settings run as their owner, the hub's admin role (SECURITY
--     DEFINER), with search_path fixed to pg_catalog then pg_temp, so no object a caller creates can
--     stand in for one of the hub's. Each checks for itself that the connected credential writes for
--     the school it is storing: running as the owner, row-level security no longer does.
--   * School roles keep SELECT on their own school's rows (row-level security) and EXECUTE on those
--     two functions, and lose every INSERT, UPDATE and DELETE: a summary arrives through
--     hub.deliver, checked against its SHA-256, or not at all.
--   * hub.merge_day and the functions it reads through are the hub's own, no longer a school's to
--     call: a school's role cannot rebuild (or empty) another school's day, nor its own outside a
--     delivery.
--
-- And the sender's clock no longer decides anything: each summary gets a receipt number from the
-- hub's own sequence as it is stored, and a pupil's name and roster details come from the summary of
-- their latest school day that the hub received last, not the one claiming the latest made_at (a
-- kiosk whose clock said 2099 replaced names for good). Which version of a kiosk's day counts stays
-- the highest version number: that is the kiosk's own count of its summaries of that day, not a
-- clock, and a USB stick loaded late with an older version must not undo a newer one.

-- The receipt number: hub.summaries is append-only (its trigger refuses updates), so the trigger is
-- set aside while the summaries already held are numbered in the order the hub took them.
ALTER TABLE hub.summaries ADD COLUMN received_seq bigint;
ALTER TABLE hub.summaries DISABLE TRIGGER summaries_no_update;
UPDATE hub.summaries s SET received_seq = n.seq
FROM (SELECT school_id, kiosk_id, school_date, version,
             row_number() OVER (ORDER BY received_at, school_id, kiosk_id, school_date, version) AS seq
      FROM hub.summaries) n
WHERE (s.school_id, s.kiosk_id, s.school_date, s.version) = (n.school_id, n.kiosk_id, n.school_date, n.version);
ALTER TABLE hub.summaries ENABLE TRIGGER summaries_no_update;

-- Only the admin role (hub.deliver's owner) takes numbers from it: no school's role has any right to
-- the sequence, so none can choose where its summary falls.
CREATE SEQUENCE hub.summary_receipts AS bigint;
SELECT setval('hub.summary_receipts', coalesce(max(received_seq), 0) + 1, false) FROM hub.summaries;
ALTER TABLE hub.summaries
    ALTER COLUMN received_seq SET DEFAULT nextval('hub.summary_receipts'),
    ALTER COLUMN received_seq SET NOT NULL,
    ADD CONSTRAINT summaries_received_seq_unique UNIQUE (received_seq);
ALTER SEQUENCE hub.summary_receipts OWNED BY hub.summaries.received_seq;
COMMENT ON COLUMN hub.summaries.received_seq IS 'The order the hub took the summaries in, from its own '
    'sequence: what orders them, never the made_at a kiosk''s clock wrote';

-- Each pupil's row remembers the receipt of the summary it came from. Rows already held take the
-- receipt of that summary (the latest, should a kiosk have sent several with the same made_at).
ALTER TABLE hub.pupils ADD COLUMN as_of_received_seq bigint;
UPDATE hub.pupils p SET as_of_received_seq = coalesce((
    SELECT max(s.received_seq) FROM hub.summaries s
    WHERE s.school_id = p.school_id AND s.kiosk_id = p.as_of_kiosk_id AND s.school_date = p.as_of_date
      AND s.made_at = p.as_of_made_at), 0);
ALTER TABLE hub.pupils ALTER COLUMN as_of_received_seq SET NOT NULL;
COMMENT ON COLUMN hub.pupils.as_of_received_seq IS 'The receipt of the summary this row came from: of the '
    'summaries of a pupil''s latest school day, the one the hub received last describes them';

-- Whether the connected credential may store rows for a school. Inside a SECURITY DEFINER function
-- current_user is the owner, so the credential is session_user, which a non-superuser cannot change
-- (SET ROLE changes current_user only). A school's role may store its own school's rows only; the
-- hub's admin role (the schema's owner: `hub import`) and a superuser may store any school's; any
-- other role, such as a member of lategate_school no school is named against, none.
CREATE FUNCTION hub.may_store(p_school text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM hub.school_roles r WHERE r.role_name = session_user::text)
            THEN EXISTS (SELECT 1 FROM hub.school_roles r
                         WHERE r.role_name = session_user::text AND r.school_id = p_school)
        ELSE session_user::text = (SELECT pg_get_userbyid(n.nspowner) FROM pg_namespace n WHERE n.nspname = 'hub')
             OR coalesce((SELECT a.rolsuper FROM pg_roles a WHERE a.rolname = session_user::text), false)
    END
$$;
REVOKE ALL ON FUNCTION hub.may_store(text) FROM PUBLIC;

-- Takes one summary, as in version 2, now as the hub itself. Its answers and refusals are unchanged;
-- a summary of a school the credential does not write for is refused with the words row-level
-- security used when it enforced this, so a kiosk explains it as before.
CREATE OR REPLACE FUNCTION hub.deliver(p_text text, p_sha256 text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_body     jsonb;
    v_school   text;
    v_kiosk    text;
    v_date     date;
    v_version  integer;
    v_made_at  timestamptz;
    v_held     text;
    v_receipt  bigint;
BEGIN
    IF encode(sha256(convert_to(p_text, 'UTF8')), 'hex') <> p_sha256 THEN
        RAISE EXCEPTION 'the summary does not match its SHA-256 (% expected): it was damaged on the way; nothing was stored',
            p_sha256 USING ERRCODE = 'LG001';
    END IF;
    v_body := p_text::jsonb;
    IF v_body ->> 'format' IS DISTINCT FROM 'lategate-daily-summary' THEN
        RAISE EXCEPTION 'not a lategate daily summary (format %)', coalesce(v_body ->> 'format', 'missing')
            USING ERRCODE = 'LG002';
    END IF;
    IF (v_body ->> 'format_version') IS NULL OR (v_body ->> 'format_version') NOT IN ('1', '2') THEN
        RAISE EXCEPTION 'the summary has format_version %, which this hub does not know: the trust''s IT person '
            'runs ''lategate hub init'' from a newer lategate', coalesce(v_body ->> 'format_version', 'missing')
            USING ERRCODE = 'LG003';
    END IF;
    v_school := v_body ->> 'school_id';
    v_kiosk := v_body ->> 'kiosk_id';
    v_date := (v_body ->> 'date')::date;
    v_version := (v_body ->> 'version')::integer;
    v_made_at := (v_body ->> 'made_at')::timestamptz;
    IF v_school IS NULL OR v_kiosk IS NULL OR v_date IS NULL OR v_version IS NULL OR v_made_at IS NULL THEN
        RAISE EXCEPTION 'the summary lacks school_id, kiosk_id, date, version or made_at' USING ERRCODE = 'LG002';
    END IF;
    -- Before anything is read: running as the owner, this function sees every school's rows, and a
    -- credential must learn nothing of another school's summaries (not even that one is held).
    IF NOT hub.may_store(v_school) THEN
        RAISE EXCEPTION 'new row violates row-level security policy for table "summaries"'
            USING ERRCODE = '42501';
    END IF;

    -- One delivery at a time per school day, so two kiosks sending the same day merge correctly.
    PERFORM pg_advisory_xact_lock(hashtextextended('lategate ' || v_school || ' ' || v_date::text, 0));

    SELECT sha256 INTO v_held FROM hub.summaries
    WHERE school_id = v_school AND kiosk_id = v_kiosk AND school_date = v_date AND version = v_version;
    IF FOUND THEN
        IF v_held = p_sha256 THEN
            RETURN 'held';
        END IF;
        RAISE EXCEPTION 'the hub already holds a different summary for % / % / % version %: do two kiosks share '
            'the kiosk name ''%''? Nothing was changed; give one of them another --kiosk-id on a new database',
            v_school, v_kiosk, v_date, v_version, v_kiosk USING ERRCODE = 'LG004';
    END IF;

    INSERT INTO hub.summaries (school_id, kiosk_id, school_date, version, sha256, made_at, body)
    VALUES (v_school, v_kiosk, v_date, v_version, p_sha256, v_made_at, v_body)
    RETURNING received_seq INTO v_receipt;

    INSERT INTO hub.kiosk_days AS k (school_id, kiosk_id, school_date, version)
    VALUES (v_school, v_kiosk, v_date, v_version)
    ON CONFLICT (school_id, kiosk_id, school_date) DO UPDATE SET version = excluded.version
        WHERE k.version < excluded.version;
    IF NOT FOUND THEN
        RETURN 'superseded';
    END IF;

    PERFORM hub.merge_day(v_school, v_date);

    -- A pupil is as the summary of their latest school day describes them; of several summaries of
    -- that day, the one the hub received last. made_at is kept to show, never to order by: it is the
    -- kiosk's clock, and a kiosk's clock can say anything.
    INSERT INTO hub.pupils AS u (school_id, pupil_id, given_name, family_name, year, class, send, pupil_premium,
                                 fsm, looked_after, eal, as_of_date, as_of_made_at, as_of_kiosk_id,
                                 as_of_received_seq)
    SELECT v_school, p.value ->> 'pupil_id', p.value ->> 'given_name', p.value ->> 'family_name',
           p.value ->> 'year', p.value ->> 'class', (p.value ->> 'send')::boolean,
           (p.value ->> 'pupil_premium')::boolean, (p.value ->> 'fsm')::boolean,
           (p.value ->> 'looked_after')::boolean, (p.value ->> 'eal')::boolean, v_date, v_made_at, v_kiosk,
           v_receipt
    FROM jsonb_array_elements(v_body -> 'pupils') AS p(value)
    ON CONFLICT (school_id, pupil_id) DO UPDATE SET
        given_name = excluded.given_name, family_name = excluded.family_name, year = excluded.year,
        class = excluded.class, send = excluded.send, pupil_premium = excluded.pupil_premium, fsm = excluded.fsm,
        looked_after = excluded.looked_after, eal = excluded.eal, as_of_date = excluded.as_of_date,
        as_of_made_at = excluded.as_of_made_at, as_of_kiosk_id = excluded.as_of_kiosk_id,
        as_of_received_seq = excluded.as_of_received_seq
        WHERE (u.as_of_date, u.as_of_received_seq) < (excluded.as_of_date, excluded.as_of_received_seq);
    RETURN 'stored';
END
$$;

-- Takes a school's settings file, as in version 1, now as the hub itself and for the credential's
-- own school only (checked here, since row-level security does not bind the owner).
CREATE OR REPLACE FUNCTION hub.deliver_settings(p_school text, p_toml text, p_sha256 text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT hub.may_store(p_school) THEN
        RAISE EXCEPTION 'new row violates row-level security policy for table "school_settings"'
            USING ERRCODE = '42501';
    END IF;
    IF encode(sha256(convert_to(p_toml, 'UTF8')), 'hex') <> p_sha256 THEN
        RAISE EXCEPTION 'the settings of % do not match their SHA-256: nothing was stored', p_school
            USING ERRCODE = 'LG001';
    END IF;
    INSERT INTO hub.school_settings AS s (school_id, sha256, toml) VALUES (p_school, p_sha256, p_toml)
    ON CONFLICT (school_id) DO UPDATE SET sha256 = excluded.sha256, toml = excluded.toml, received_at = now()
        WHERE s.sha256 <> excluded.sha256;
    RETURN CASE WHEN FOUND THEN 'stored' ELSE 'held' END;
END
$$;

-- The schools' roles read; they write nothing directly. Every table they could write is named here,
-- summaries included: a summary comes only through hub.deliver, which checks its SHA-256 and its
-- school and rebuilds the day in the same transaction.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON hub.summaries, hub.kiosk_days, hub.pupils, hub.school_settings,
    hub.marks, hub.mark_repeats, hub.amendments, hub.movements, hub.stage_decisions, hub.kiosk_figures,
    hub.school_roles FROM lategate_school;
GRANT SELECT ON hub.summaries, hub.kiosk_days, hub.pupils, hub.school_settings, hub.marks, hub.mark_repeats,
    hub.amendments, hub.movements, hub.stage_decisions, hub.kiosk_figures TO lategate_school;

-- The rebuild and what it reads are the hub's own: run inside hub.deliver as the owner, never by a
-- school's role, which could otherwise empty or rebuild any school's day at a time of its choosing.
REVOKE ALL ON FUNCTION hub.merge_day(text, date), hub.latest_pupils(text, date), hub.latest_arrivals(text, date),
    hub.latest_entries(text, date) FROM PUBLIC, lategate_school;

-- Delivery is what a school's role does: nothing else is granted to it.
REVOKE ALL ON FUNCTION hub.deliver(text, text), hub.deliver_settings(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.deliver(text, text), hub.deliver_settings(text, text, text) TO lategate_school;
