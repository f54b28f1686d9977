-- lategate hub, version 2: a summary's registers are each session's entry as it stands.
--
-- A kiosk resolves each pupil's session once, from everything recorded for it in order (the first
-- scan, a sign-out in force when the register was taken, a lunch pass, a claim and its one decision,
-- amendments: docs/domain.md, "The entry as it stands"), and a summary of format_version 2 carries that
-- entry, with or without a scan (a sign-out's M, a lunch pass holder's L or N). The hub now takes
-- each session's code, minutes late, reason and where the reason stands from that entry, instead of
-- putting the latest amendment over the first arrival itself, so the trust's reports give what the
-- kiosk gives. Every other scan is still a repeat (mark_repeats), and only a real scan is one.
--
-- Version-1 summaries (arrivals only; code after that kiosk's amendments) still merge as they did:
-- the latest amendment at any kiosk, else the first arrival's code, with the first arrival's
-- minutes, reason and sentence. Every day the hub already holds is merged again below, so its rows
-- gain the new columns and keep their values.

ALTER TABLE hub.marks
    ADD COLUMN source                text,         -- arrival, sign_out, lunch_pass, claim or amendment
    ADD COLUMN original_code         text,         -- the entry as first made, before any change
    ADD COLUMN original_source       text,         -- what first made it
    ADD COLUMN made_at               timestamptz,  -- when it was first made
    ADD COLUMN changed_from          text,         -- the latest change (an amendment or a confirmed
    ADD COLUMN changed_at            timestamptz,  -- claim): the code before it, when, by whom
    ADD COLUMN changed_by            text,         -- (name and position, as the school's policy asks) and why
    ADD COLUMN changed_position      text,
    ADD COLUMN change_reason         text,
    ADD COLUMN recorded_minutes_late integer;      -- the first arrival's own minutes, as it was scanned

-- From version 2, code, minutes_late, reason and reason_status are the entry as it stands (minutes
-- only while the code is L or U); recorded_mark, arrived_at, arrival_kiosk_id and
-- recorded_minutes_late are the first arrival across the school's kiosks, null for an entry with no
-- scan; amended_* are still the latest amendment at any kiosk, as hub.amendments has it.
COMMENT ON TABLE hub.marks IS 'One entry per school, pupil, day and register, as the kiosks resolved it '
    '(lategate hub version 2 and README, The trust''s hub)';

-- Every arrival in the latest summaries, numbered per pupil and register in order of arrival: 1 is
-- the first arrival, every other a repeat. An entry with no scan is no arrival.
CREATE OR REPLACE FUNCTION hub.latest_arrivals(p_school text, p_date date)
    RETURNS TABLE (from_kiosk_id text, pupil_id text, register text, entry jsonb, at timestamptz, n bigint)
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.from_kiosk_id, l.pupil ->> 'pupil_id', r.value ->> 'register', r.value,
           (r.value ->> 'arrived_at')::timestamptz,
           row_number() OVER (PARTITION BY l.pupil ->> 'pupil_id', r.value ->> 'register'
                              ORDER BY (r.value ->> 'arrived_at')::timestamptz, r.value ->> 'kiosk_id',
                                       l.from_kiosk_id)
    FROM hub.latest_pupils(p_school, p_date) l
    CROSS JOIN LATERAL jsonb_array_elements(l.pupil -> 'registers') AS r(value)
    WHERE r.value ->> 'arrived_at' IS NOT NULL
$$;

-- Every entry the latest version of each kiosk's summary of one school day holds: one per pupil,
-- register and summary. A version-2 register is the kiosk's entry as it stands (resolved). A
-- version-1 register was an arrival with its code after that kiosk's amendments, and a version-1
-- amendment of a register with no arrival in its summary stood alone: for both, the latest of that
-- summary's amendments of the register is the change, and the first made the original.
CREATE FUNCTION hub.latest_entries(p_school text, p_date date)
    RETURNS TABLE (from_kiosk_id text, resolved boolean, pupil_id text, register text, code text,
                   minutes_late integer, reason text, reason_status text, source text, original_code text,
                   original_source text, made_at timestamptz, explanation text, changed_from text,
                   changed_at timestamptz, changed_by text, changed_position text, change_reason text,
                   arrived_at timestamptz, kiosk_id text)
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH days AS (
        SELECT s.kiosk_id AS from_kiosk_id, (s.body ->> 'format_version')::integer >= 2 AS resolved,
               p.value AS pupil
        FROM hub.kiosk_days d
        JOIN hub.summaries s USING (school_id, kiosk_id, school_date, version)
        CROSS JOIN LATERAL jsonb_array_elements(s.body -> 'pupils') AS p(value)
        WHERE d.school_id = p_school AND d.school_date = p_date
    ), registers AS (
        SELECT d.from_kiosk_id, d.resolved, d.pupil ->> 'pupil_id' AS pupil_id, r.value ->> 'register' AS register,
               r.value AS entry
        FROM days d
        CROSS JOIN LATERAL jsonb_array_elements(d.pupil -> 'registers') AS r(value)
    ), amended AS (
        -- A version-1 summary lists a pupil's amendments in the order they were made.
        SELECT d.from_kiosk_id, d.pupil ->> 'pupil_id' AS pupil_id, a.value ->> 'register' AS register,
               a.value AS amendment,
               row_number() OVER (PARTITION BY d.from_kiosk_id, d.pupil ->> 'pupil_id', a.value ->> 'register'
                                  ORDER BY a.ord) AS nth,
               row_number() OVER (PARTITION BY d.from_kiosk_id, d.pupil ->> 'pupil_id', a.value ->> 'register'
                                  ORDER BY a.ord DESC) AS nth_last
        FROM days d
        CROSS JOIN LATERAL jsonb_array_elements(d.pupil -> 'amendments') WITH ORDINALITY AS a(value, ord)
        WHERE NOT d.resolved
    ), changes AS (
        SELECT f.from_kiosk_id, f.pupil_id, f.register, f.amendment AS first, l.amendment AS latest
        FROM amended f
        JOIN amended l USING (from_kiosk_id, pupil_id, register)
        WHERE f.nth = 1 AND l.nth_last = 1
    )
    SELECT r.from_kiosk_id, true, r.pupil_id, r.register, r.entry ->> 'code', (r.entry ->> 'minutes_late')::integer,
           r.entry ->> 'reason', r.entry ->> 'reason_status', r.entry ->> 'source', r.entry ->> 'original_code',
           r.entry ->> 'original_source', (r.entry ->> 'made_at')::timestamptz, r.entry ->> 'explanation',
           r.entry ->> 'changed_from', (r.entry ->> 'changed_at')::timestamptz, r.entry ->> 'changed_by',
           r.entry ->> 'changed_position', r.entry ->> 'change_reason', (r.entry ->> 'arrived_at')::timestamptz,
           r.entry ->> 'kiosk_id'
    FROM registers r
    WHERE r.resolved
    UNION ALL
    -- chr(92) is the afternoon's present code, a backslash, whatever the server does with escapes.
    SELECT r.from_kiosk_id, false, r.pupil_id, r.register, r.entry ->> 'code', (r.entry ->> 'minutes_late')::integer,
           r.entry ->> 'reason', r.entry ->> 'reason_status',
           CASE WHEN c.latest IS NULL THEN 'arrival' ELSE 'amendment' END,
           CASE r.entry ->> 'recorded_mark' WHEN 'on_time' THEN CASE r.register WHEN 'AM' THEN '/' ELSE chr(92) END
                ELSE r.entry ->> 'recorded_mark' END,
           'arrival', (r.entry ->> 'arrived_at')::timestamptz, r.entry ->> 'explanation',
           c.latest ->> 'original_code', (c.latest ->> 'amended_at')::timestamptz, c.latest ->> 'amended_by',
           c.latest ->> 'position', c.latest ->> 'reason', (r.entry ->> 'arrived_at')::timestamptz,
           r.entry ->> 'kiosk_id'
    FROM registers r
    LEFT JOIN changes c USING (from_kiosk_id, pupil_id, register)
    WHERE NOT r.resolved
    UNION ALL
    SELECT c.from_kiosk_id, false, c.pupil_id, c.register, c.latest ->> 'amended_code', NULL, NULL, NULL,
           'amendment', c.first ->> 'original_code', 'amendment', (c.first ->> 'amended_at')::timestamptz, NULL,
           c.latest ->> 'original_code', (c.latest ->> 'amended_at')::timestamptz, c.latest ->> 'amended_by',
           c.latest ->> 'position', c.latest ->> 'reason', NULL, NULL
    FROM changes c
    WHERE NOT EXISTS (SELECT 1 FROM registers r WHERE r.from_kiosk_id = c.from_kiosk_id
                      AND r.pupil_id = c.pupil_id AND r.register = c.register)
$$;

-- Rebuilds one school day's derived rows from the latest version of each kiosk's summary.
CREATE OR REPLACE FUNCTION hub.merge_day(p_school text, p_date date) RETURNS void
    LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM hub.marks WHERE school_id = p_school AND school_date = p_date;
    DELETE FROM hub.mark_repeats WHERE school_id = p_school AND school_date = p_date;
    DELETE FROM hub.amendments WHERE school_id = p_school AND school_date = p_date;
    DELETE FROM hub.movements WHERE school_id = p_school AND school_date = p_date;
    DELETE FROM hub.stage_decisions WHERE school_id = p_school AND school_date = p_date;
    DELETE FROM hub.kiosk_figures WHERE school_id = p_school AND school_date = p_date;

    INSERT INTO hub.mark_repeats (school_id, school_date, pupil_id, register, n, at, kiosk_id, from_kiosk_id)
    SELECT p_school, p_date, s.pupil_id, s.register,
           row_number() OVER (PARTITION BY s.pupil_id, s.register ORDER BY s.at, s.kiosk_id, s.from_kiosk_id),
           s.at, s.kiosk_id, s.from_kiosk_id
    FROM (
        SELECT a.pupil_id, a.register, a.at, a.entry ->> 'kiosk_id' AS kiosk_id, a.from_kiosk_id
        FROM hub.latest_arrivals(p_school, p_date) a WHERE a.n > 1
        UNION ALL
        SELECT a.pupil_id, a.register, (x.value ->> 'at')::timestamptz, x.value ->> 'kiosk_id', a.from_kiosk_id
        FROM hub.latest_arrivals(p_school, p_date) a
        CROSS JOIN LATERAL jsonb_array_elements(a.entry -> 'repeats') AS x(value)
    ) s;

    INSERT INTO hub.amendments (school_id, school_date, pupil_id, n, register, original_code, amended_code, reason,
                                amended_at, amended_by, position, from_kiosk_id)
    SELECT p_school, p_date, l.pupil ->> 'pupil_id',
           row_number() OVER (PARTITION BY l.pupil ->> 'pupil_id'
                              ORDER BY (a.value ->> 'amended_at')::timestamptz, l.from_kiosk_id, a.ord),
           a.value ->> 'register', a.value ->> 'original_code', a.value ->> 'amended_code', a.value ->> 'reason',
           (a.value ->> 'amended_at')::timestamptz, a.value ->> 'amended_by', a.value ->> 'position',
           l.from_kiosk_id
    FROM hub.latest_pupils(p_school, p_date) l
    CROSS JOIN LATERAL jsonb_array_elements(l.pupil -> 'amendments') WITH ORDINALITY AS a(value, ord);

    -- One entry per pupil and register. Where several kiosks' summaries hold one, the entry whose
    -- change is latest stands (the latest change at any kiosk, as one kiosk takes its latest); with no
    -- change, the entry made by the first rule that decides, as a kiosk asks them (signed out when the
    -- register was taken, out on a lunch pass, the pupil's own scan: docs/domain.md, "The entry as
    -- it stands"), then the first arrival. The arrival columns are the first arrival's at any kiosk.
    INSERT INTO hub.marks (school_id, school_date, pupil_id, register, code, recorded_mark, arrived_at,
                           arrival_kiosk_id, minutes_late, reason, reason_status, explanation, from_kiosk_id,
                           amended_at, amended_by, amended_position, amendment_reason, repeats, source,
                           original_code, original_source, made_at, changed_from, changed_at, changed_by,
                           changed_position, change_reason, recorded_minutes_late)
    SELECT p_school, p_date, e.pupil_id, e.register, e.code,
           f.entry ->> 'recorded_mark', f.at, f.entry ->> 'kiosk_id',
           -- A version-1 entry keeps what version 1 gave: the first arrival's minutes, reason and status.
           CASE WHEN e.resolved THEN e.minutes_late ELSE f.minutes END,
           CASE WHEN e.resolved THEN e.reason ELSE f.entry ->> 'reason' END,
           CASE WHEN e.resolved THEN e.reason_status ELSE f.entry ->> 'reason_status' END,
           coalesce(f.entry ->> 'explanation', e.explanation),
           CASE WHEN e.resolved THEN e.from_kiosk_id ELSE f.from_kiosk_id END,
           m.amended_at, m.amended_by, m.position, m.reason,
           (SELECT count(*) FROM hub.mark_repeats r
            WHERE r.school_id = p_school AND r.school_date = p_date AND r.pupil_id = e.pupil_id
              AND r.register = e.register),
           e.source,
           CASE WHEN e.resolved OR f.at IS NULL THEN e.original_code
                WHEN f.entry ->> 'recorded_mark' = 'on_time' THEN CASE e.register WHEN 'AM' THEN '/' ELSE chr(92) END
                ELSE f.entry ->> 'recorded_mark' END,
           CASE WHEN e.resolved OR f.at IS NULL THEN e.original_source ELSE 'arrival' END,
           CASE WHEN e.resolved OR f.at IS NULL THEN e.made_at ELSE f.at END,
           e.changed_from, e.changed_at, e.changed_by, e.changed_position, e.change_reason, f.minutes
    FROM (
        SELECT DISTINCT ON (x.pupil_id, x.register) x.*
        FROM hub.latest_entries(p_school, p_date) x
        ORDER BY x.pupil_id, x.register, x.changed_at DESC NULLS LAST,
                 CASE WHEN x.changed_at IS NOT NULL THEN x.from_kiosk_id END DESC,
                 CASE x.original_source WHEN 'sign_out' THEN 0 WHEN 'lunch_pass' THEN 1 WHEN 'arrival' THEN 2
                      ELSE 3 END,
                 x.arrived_at NULLS LAST, x.kiosk_id, x.from_kiosk_id
    ) e
    LEFT JOIN (
        SELECT a.*, coalesce((a.entry ->> 'recorded_minutes_late')::integer,
                             (a.entry ->> 'minutes_late')::integer) AS minutes
        FROM hub.latest_arrivals(p_school, p_date) a WHERE a.n = 1
    ) f ON f.pupil_id = e.pupil_id AND f.register = e.register
    LEFT JOIN (
        SELECT DISTINCT ON (a.pupil_id, a.register) a.pupil_id, a.register, a.amended_at, a.amended_by, a.position,
               a.reason
        FROM hub.amendments a
        WHERE a.school_id = p_school AND a.school_date = p_date
        ORDER BY a.pupil_id, a.register, a.amended_at DESC, a.n DESC
    ) m ON m.pupil_id = e.pupil_id AND m.register = e.register;

    INSERT INTO hub.movements (school_id, school_date, pupil_id, n, kind, at, code, reason, collected_by,
                               recorded_by, from_kiosk_id)
    SELECT p_school, p_date, l.pupil ->> 'pupil_id',
           row_number() OVER (PARTITION BY l.pupil ->> 'pupil_id'
                              ORDER BY (v.value ->> 'at')::timestamptz, l.from_kiosk_id, v.ord),
           v.value ->> 'kind', (v.value ->> 'at')::timestamptz, v.value ->> 'code', v.value ->> 'reason',
           v.value ->> 'collected_by', v.value ->> 'recorded_by', l.from_kiosk_id
    FROM hub.latest_pupils(p_school, p_date) l
    CROSS JOIN LATERAL jsonb_array_elements(l.pupil -> 'movements') WITH ORDINALITY AS v(value, ord);

    INSERT INTO hub.stage_decisions (school_id, school_date, from_kiosk_id, n, pupil_id, block, from_stage,
                                     proposed_stage, decided_stage, kind, decided_by, position, why, decided_at)
    SELECT p_school, p_date, s.kiosk_id, x.ord, x.value ->> 'pupil_id', (x.value ->> 'block')::integer,
           (x.value ->> 'from_stage')::integer, (x.value ->> 'proposed_stage')::integer,
           (x.value ->> 'decided_stage')::integer, x.value ->> 'kind', x.value ->> 'decided_by',
           x.value ->> 'position', x.value ->> 'why', (x.value ->> 'decided_at')::timestamptz
    FROM hub.kiosk_days d
    JOIN hub.summaries s USING (school_id, kiosk_id, school_date, version)
    CROSS JOIN LATERAL jsonb_array_elements(s.body -> 'stage_decisions') WITH ORDINALITY AS x(value, ord)
    WHERE d.school_id = p_school AND d.school_date = p_date;

    INSERT INTO hub.kiosk_figures (school_id, school_date, from_kiosk_id, kiosk_id, scans, unknown_badges,
                                   failed_saves)
    SELECT p_school, p_date, s.kiosk_id, x.value ->> 'kiosk_id', (x.value ->> 'scans')::integer,
           (x.value ->> 'unknown_badges')::integer, (x.value ->> 'failed_saves')::integer
    FROM hub.kiosk_days d
    JOIN hub.summaries s USING (school_id, kiosk_id, school_date, version)
    CROSS JOIN LATERAL jsonb_array_elements(s.body -> 'kiosks') AS x(value)
    WHERE d.school_id = p_school AND d.school_date = p_date;
END
$$;

-- As in version 1, and takes format_version 2 as well as 1; a summary with none is refused.
CREATE OR REPLACE FUNCTION hub.deliver(p_text text, p_sha256 text) RETURNS text
    LANGUAGE plpgsql SECURITY INVOKER
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
    VALUES (v_school, v_kiosk, v_date, v_version, p_sha256, v_made_at, v_body);

    INSERT INTO hub.kiosk_days AS k (school_id, kiosk_id, school_date, version)
    VALUES (v_school, v_kiosk, v_date, v_version)
    ON CONFLICT (school_id, kiosk_id, school_date) DO UPDATE SET version = excluded.version
        WHERE k.version < excluded.version;
    IF NOT FOUND THEN
        RETURN 'superseded';
    END IF;

    PERFORM hub.merge_day(v_school, v_date);

    INSERT INTO hub.pupils AS u (school_id, pupil_id, given_name, family_name, year, class, send, pupil_premium,
                                 fsm, looked_after, eal, as_of_date, as_of_made_at, as_of_kiosk_id)
    SELECT v_school, p.value ->> 'pupil_id', p.value ->> 'given_name', p.value ->> 'family_name',
           p.value ->> 'year', p.value ->> 'class', (p.value ->> 'send')::boolean,
           (p.value ->> 'pupil_premium')::boolean, (p.value ->> 'fsm')::boolean,
           (p.value ->> 'looked_after')::boolean, (p.value ->> 'eal')::boolean, v_date, v_made_at, v_kiosk
    FROM jsonb_array_elements(v_body -> 'pupils') AS p(value)
    ON CONFLICT (school_id, pupil_id) DO UPDATE SET
        given_name = excluded.given_name, family_name = excluded.family_name, year = excluded.year,
        class = excluded.class, send = excluded.send, pupil_premium = excluded.pupil_premium, fsm = excluded.fsm,
        looked_after = excluded.looked_after, eal = excluded.eal, as_of_date = excluded.as_of_date,
        as_of_made_at = excluded.as_of_made_at, as_of_kiosk_id = excluded.as_of_kiosk_id
        WHERE (u.as_of_date, u.as_of_made_at, u.as_of_kiosk_id)
            < (excluded.as_of_date, excluded.as_of_made_at, excluded.as_of_kiosk_id);
    RETURN 'stored';
END
$$;

REVOKE ALL ON FUNCTION hub.latest_entries(text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.latest_entries(text, date) TO lategate_school;

-- Every day already held, merged again with the rules above: the new columns are filled, and the
-- rows version-1 summaries gave keep their values. The admin role owns the tables, so row-level
-- security does not narrow what it merges.
DO $$
DECLARE
    d record;
BEGIN
    FOR d IN SELECT DISTINCT school_id, school_date FROM hub.kiosk_days ORDER BY school_id, school_date LOOP
        PERFORM hub.merge_day(d.school_id, d.school_date);
    END LOOP;
END
$$;

ALTER TABLE hub.marks
    ALTER COLUMN source SET NOT NULL,
    ALTER COLUMN original_code SET NOT NULL,
    ALTER COLUMN original_source SET NOT NULL,
    ALTER COLUMN made_at SET NOT NULL;
