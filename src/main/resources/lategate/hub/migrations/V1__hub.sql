-- lategate hub, version 1: every kiosk's daily summaries in one place for a trust (docs/hub.md).
--
-- Applied by `lategate hub init` as the hub's admin role, which owns everything here and needs
-- CREATEROLE for the two group roles below. Summaries are stored as they arrived and never
-- changed; the tables after them are derived from the latest version of each kiosk's summary of
-- each school day, in the same transaction as each delivery, so reports read them directly and
-- the same summaries always give the same rows, whatever order they arrived in.
--
-- Who may do what:
--   lategate_school  the group of every school's role (`hub add-school`): row-level security lets
--                    a member read and write only rows whose school_id is its own school's, the
--                    school named against it in hub.school_roles.
--   lategate_reader  the trust-wide group for reports (`hub add-reader`): reads every school.
-- Roles belong to the whole PostgreSQL server, so they may already exist from another hub database.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'lategate_school') THEN
        CREATE ROLE lategate_school NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'lategate_reader') THEN
        CREATE ROLE lategate_reader NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA hub TO lategate_school, lategate_reader;

-- Which school each school role writes for. Many roles may write for one school (one per kiosk,
-- if the trust likes); a role writes for one school only.
CREATE TABLE hub.school_roles (
    role_name  text PRIMARY KEY,
    school_id  text NOT NULL CHECK (school_id ~ '^[a-z0-9][a-z0-9-]*$'),
    added_at   timestamptz NOT NULL DEFAULT now()
);

-- The school the connected role writes for; null for any other role.
CREATE FUNCTION hub.role_school() RETURNS text
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT school_id FROM hub.school_roles WHERE role_name = current_user::text $$;

-- Each summary exactly as it arrived: keyed by school, kiosk, day and version, with the SHA-256
-- of the bytes the kiosk made (checked on arrival). Never updated.
CREATE TABLE hub.summaries (
    school_id    text NOT NULL,
    kiosk_id     text NOT NULL,
    school_date  date NOT NULL,
    version      integer NOT NULL CHECK (version >= 1),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    made_at      timestamptz NOT NULL,
    body         jsonb NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school_id, kiosk_id, school_date, version)
);

CREATE FUNCTION hub.summaries_unchanged() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'a summary on the hub cannot be changed: a kiosk sends a new version instead'
        USING ERRCODE = 'LG010';
END
$$;
CREATE TRIGGER summaries_no_update BEFORE UPDATE ON hub.summaries
    FOR EACH ROW EXECUTE FUNCTION hub.summaries_unchanged();

-- The version that counts for each school, kiosk and day: the highest that has arrived.
CREATE TABLE hub.kiosk_days (
    school_id    text NOT NULL,
    kiosk_id     text NOT NULL,
    school_date  date NOT NULL,
    version      integer NOT NULL,
    PRIMARY KEY (school_id, kiosk_id, school_date),
    FOREIGN KEY (school_id, kiosk_id, school_date, version) REFERENCES hub.summaries
);

-- One mark per school, pupil, day and register, merged across the school's kiosks: the first
-- arrival wins (its mark, minutes late, reason and sentence); every other arrival and repeat scan
-- is in mark_repeats. code is the mark as it stands: the latest amendment across kiosks, by when
-- it was made, else the first arrival's code. A register only amended (no arrival anywhere) has
-- no arrival columns.
CREATE TABLE hub.marks (
    school_id         text NOT NULL,
    school_date       date NOT NULL,
    pupil_id          text NOT NULL,
    register          text NOT NULL,
    code              text NOT NULL,
    recorded_mark     text,
    arrived_at        timestamptz,
    arrival_kiosk_id  text,
    minutes_late      integer,
    reason            text,
    reason_status     text,
    explanation       text,
    from_kiosk_id     text,
    amended_at        timestamptz,
    amended_by        text,
    amended_position  text,
    amendment_reason  text,
    repeats           integer NOT NULL,
    PRIMARY KEY (school_id, school_date, pupil_id, register)
);
CREATE INDEX marks_by_pupil ON hub.marks (school_id, pupil_id, school_date);

-- Every scan after the first for a register: repeats at one kiosk, and arrivals at another.
CREATE TABLE hub.mark_repeats (
    school_id      text NOT NULL,
    school_date    date NOT NULL,
    pupil_id       text NOT NULL,
    register       text NOT NULL,
    n              integer NOT NULL,
    at             timestamptz NOT NULL,
    kiosk_id       text NOT NULL,
    from_kiosk_id  text NOT NULL,
    PRIMARY KEY (school_id, school_date, pupil_id, register, n)
);

CREATE TABLE hub.amendments (
    school_id      text NOT NULL,
    school_date    date NOT NULL,
    pupil_id       text NOT NULL,
    n              integer NOT NULL,
    register       text NOT NULL,
    original_code  text NOT NULL,
    amended_code   text NOT NULL,
    reason         text NOT NULL,
    amended_at     timestamptz NOT NULL,
    amended_by     text NOT NULL,
    position       text NOT NULL,
    from_kiosk_id  text NOT NULL,
    PRIMARY KEY (school_id, school_date, pupil_id, n)
);

-- Sign-outs ("out", with the code a register taken meanwhile gets) and returns ("in").
CREATE TABLE hub.movements (
    school_id      text NOT NULL,
    school_date    date NOT NULL,
    pupil_id       text NOT NULL,
    n              integer NOT NULL,
    kind           text NOT NULL,
    at             timestamptz NOT NULL,
    code           text,
    reason         text,
    collected_by   text,
    recorded_by    text NOT NULL,
    from_kiosk_id  text NOT NULL,
    PRIMARY KEY (school_id, school_date, pupil_id, n)
);

-- The pupils as the roster described them in their latest summary (by day, then when made).
CREATE TABLE hub.pupils (
    school_id       text NOT NULL,
    pupil_id        text NOT NULL,
    given_name      text NOT NULL,
    family_name     text NOT NULL,
    year            text NOT NULL,
    class           text NOT NULL,
    send            boolean NOT NULL,
    pupil_premium   boolean NOT NULL,
    fsm             boolean NOT NULL,
    looked_after    boolean NOT NULL,
    eal             boolean NOT NULL,
    as_of_date      date NOT NULL,
    as_of_made_at   timestamptz NOT NULL,
    as_of_kiosk_id  text NOT NULL,
    PRIMARY KEY (school_id, pupil_id)
);

-- The attendance lead's decisions on the staged-letter ladder, on the day they were made.
CREATE TABLE hub.stage_decisions (
    school_id       text NOT NULL,
    school_date     date NOT NULL,
    from_kiosk_id   text NOT NULL,
    n               integer NOT NULL,
    pupil_id        text NOT NULL,
    block           integer NOT NULL,
    from_stage      integer NOT NULL,
    proposed_stage  integer NOT NULL,
    decided_stage   integer NOT NULL,
    kind            text NOT NULL,
    decided_by      text NOT NULL,
    position        text NOT NULL,
    why             text,
    decided_at      timestamptz NOT NULL,
    PRIMARY KEY (school_id, school_date, from_kiosk_id, n)
);
CREATE INDEX stage_decisions_by_pupil ON hub.stage_decisions (school_id, pupil_id, block);

-- Each kiosk's own figures for the day, as reported by the database that holds them.
CREATE TABLE hub.kiosk_figures (
    school_id       text NOT NULL,
    school_date     date NOT NULL,
    from_kiosk_id   text NOT NULL,
    kiosk_id        text NOT NULL,
    scans           integer NOT NULL,
    unknown_badges  integer NOT NULL,
    failed_saves    integer NOT NULL,
    PRIMARY KEY (school_id, school_date, from_kiosk_id, kiosk_id)
);

-- Each school's settings file as its kiosks last sent it (the exit PIN hash withheld), for
-- reports that need the school's calendar, registers and thresholds.
CREATE TABLE hub.school_settings (
    school_id    text PRIMARY KEY,
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    toml         text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);

-- The latest version of each kiosk's summary of one school day, and each pupil in it.
CREATE FUNCTION hub.latest_pupils(p_school text, p_date date)
    RETURNS TABLE (from_kiosk_id text, made_at timestamptz, pupil jsonb)
    LANGUAGE sql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.kiosk_id, s.made_at, p.value
    FROM hub.kiosk_days d
    JOIN hub.summaries s USING (school_id, kiosk_id, school_date, version)
    CROSS JOIN LATERAL jsonb_array_elements(s.body -> 'pupils') AS p(value)
    WHERE d.school_id = p_school AND d.school_date = p_date
$$;

-- Every arrival in those summaries, numbered per pupil and register in order of arrival: 1 wins.
CREATE FUNCTION hub.latest_arrivals(p_school text, p_date date)
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
$$;

-- Rebuilds one school day's derived rows from the latest version of each kiosk's summary.
CREATE FUNCTION hub.merge_day(p_school text, p_date date) RETURNS void
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

    INSERT INTO hub.marks (school_id, school_date, pupil_id, register, code, recorded_mark, arrived_at,
                           arrival_kiosk_id, minutes_late, reason, reason_status, explanation, from_kiosk_id,
                           amended_at, amended_by, amended_position, amendment_reason, repeats)
    SELECT p_school, p_date, coalesce(f.pupil_id, m.pupil_id), coalesce(f.register, m.register),
           coalesce(m.amended_code, f.entry ->> 'code'),
           f.entry ->> 'recorded_mark', f.at, f.entry ->> 'kiosk_id', (f.entry ->> 'minutes_late')::integer,
           f.entry ->> 'reason', f.entry ->> 'reason_status', f.entry ->> 'explanation', f.from_kiosk_id,
           m.amended_at, m.amended_by, m.position, m.reason,
           (SELECT count(*) FROM hub.mark_repeats r
            WHERE r.school_id = p_school AND r.school_date = p_date
              AND r.pupil_id = coalesce(f.pupil_id, m.pupil_id) AND r.register = coalesce(f.register, m.register))
    FROM (SELECT * FROM hub.latest_arrivals(p_school, p_date) WHERE n = 1) f
    FULL JOIN (
        SELECT DISTINCT ON (a.pupil_id, a.register) a.pupil_id, a.register, a.amended_code, a.amended_at,
               a.amended_by, a.position, a.reason
        FROM hub.amendments a
        WHERE a.school_id = p_school AND a.school_date = p_date
        ORDER BY a.pupil_id, a.register, a.amended_at DESC, a.n DESC
    ) m ON m.pupil_id = f.pupil_id AND m.register = f.register;

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

-- Takes one summary, the text exactly as the kiosk made it with its SHA-256, in one transaction:
-- 'stored' (and the day's derived rows rebuilt), 'superseded' (stored; a later version of that
-- kiosk's day already counts), or 'held' (this very summary was already here: nothing changes).
-- The same key with different content is refused: two kiosks share a name, and neither is lost.
CREATE FUNCTION hub.deliver(p_text text, p_sha256 text) RETURNS text
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
    IF (v_body ->> 'format_version')::integer <> 1 THEN
        RAISE EXCEPTION 'the summary has format_version %, which this hub does not know: the trust''s IT person '
            'runs ''lategate hub init'' from a newer lategate', v_body ->> 'format_version' USING ERRCODE = 'LG003';
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

-- Takes a school's settings file: a different copy replaces the one held; the same one changes nothing.
CREATE FUNCTION hub.deliver_settings(p_school text, p_toml text, p_sha256 text) RETURNS text
    LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
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

-- Row-level security: a school's role sees and writes its own school's rows only; a reader sees all.
-- The hub's admin role owns the tables, so it is not bound by these (it loads `hub import`).
ALTER TABLE hub.school_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_mapping ON hub.school_roles FOR SELECT TO lategate_school
    USING (role_name = current_user::text);
CREATE POLICY readers_read ON hub.school_roles FOR SELECT TO lategate_reader USING (true);
GRANT SELECT ON hub.school_roles TO lategate_school, lategate_reader;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['summaries', 'kiosk_days', 'marks', 'mark_repeats', 'amendments', 'movements',
                             'pupils', 'stage_decisions', 'kiosk_figures', 'school_settings'] LOOP
        EXECUTE format('ALTER TABLE hub.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_school ON hub.%I TO lategate_school '
                       'USING (school_id = (SELECT hub.role_school())) '
                       'WITH CHECK (school_id = (SELECT hub.role_school()))', t);
        EXECUTE format('CREATE POLICY readers_read ON hub.%I FOR SELECT TO lategate_reader USING (true)', t);
        EXECUTE format('GRANT SELECT ON hub.%I TO lategate_reader', t);
    END LOOP;
END
$$;

-- A summary is only ever added; the derived rows are rebuilt by deliver().
GRANT SELECT, INSERT ON hub.summaries TO lategate_school;
GRANT SELECT, INSERT, UPDATE ON hub.kiosk_days, hub.pupils, hub.school_settings TO lategate_school;
GRANT SELECT, INSERT, DELETE ON hub.marks, hub.mark_repeats, hub.amendments, hub.movements, hub.stage_decisions,
    hub.kiosk_figures TO lategate_school;

REVOKE ALL ON FUNCTION hub.deliver(text, text), hub.deliver_settings(text, text, text),
    hub.merge_day(text, date), hub.latest_pupils(text, date), hub.latest_arrivals(text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.deliver(text, text), hub.deliver_settings(text, text, text),
    hub.merge_day(text, date), hub.latest_pupils(text, date), hub.latest_arrivals(text, date) TO lategate_school;
GRANT EXECUTE ON FUNCTION hub.role_school() TO lategate_school, lategate_reader;
