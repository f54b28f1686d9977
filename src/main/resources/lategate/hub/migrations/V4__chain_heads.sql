-- lategate hub, version 4: each school's register chain heads, by day, and any history rewritten.
--
-- A kiosk's register is sealed by a hash chain (docs/tamper-evidence.md). Whoever holds the kiosk's
-- file could rewrite a mark and recompute every hash after it: the machine cannot stop its owner.
-- What it cannot do is change what the hub already holds. Every summary carries the chain as it
-- stood when it was made ("chain" in README, "Daily summaries"): its head (seq, hash), its first
-- entry's hash (which chain: each database file has its own), and, for the head the summary made
-- before it carried, the hash the chain holds at that entry now. So a chain rewritten after a
-- head was sent contradicts the hub: the next summary says another hash at an entry the hub holds.
--
-- Both views read the summaries as they arrived (hub.summaries keeps every version's body), so
-- nothing is copied and nothing needs filling in: summaries a hub stored before this version are
-- read the same way. A chain field that is missing or malformed (a summary from an older lategate,
-- or a hand-made one) gives no head; it cannot make either view fail for every school.

CREATE VIEW hub.chain_heads AS
SELECT s.school_id, s.kiosk_id, s.school_date, s.version, s.received_seq, s.received_at,
       CASE WHEN c ->> 'seq' ~ '^[0-9]{1,18}$' THEN (c ->> 'seq')::bigint END AS seq,
       CASE WHEN c ->> 'hash' ~ '^[0-9a-f]{64}$' THEN c ->> 'hash' END AS hash,
       CASE WHEN c ->> 'first' ~ '^[0-9a-f]{64}$' THEN c ->> 'first' END AS first,
       CASE WHEN c ->> 'earlier_seq' ~ '^[0-9]{1,18}$' THEN (c ->> 'earlier_seq')::bigint END AS earlier_seq,
       CASE WHEN c ->> 'earlier_hash' ~ '^[0-9a-f]{64}$' THEN c ->> 'earlier_hash' END AS earlier_hash
FROM hub.summaries s
CROSS JOIN LATERAL (SELECT s.body -> 'chain' AS c) chain
WHERE jsonb_typeof(s.body -> 'chain') = 'object';
COMMENT ON VIEW hub.chain_heads IS 'Each summary''s register chain as the kiosk sent it: the head when it was made '
    '(seq, hash), which chain (first: entry 1''s hash) and the earlier head as the chain held it then';

-- A rewrite is two things the same chain said that cannot both be true:
--   * at one entry, two hashes: every head and every earlier head a summary carries is a claim
--     "entry seq of chain first has this hash", and a chain only ever grows, so all claims at one
--     entry of one chain agree unless the history was rewritten in between. The claim the hub
--     received first is what it holds; the later one is what the kiosk says now. The earlier head
--     is the one that catches a rewrite at once (the summary after it quotes the head the hub
--     holds), a head at an entry the hub already holds one for catches a chain cut short. Claims
--     are compared across the school's kiosks: kiosks on one database file share one chain.
--   * a kiosk whose chain is another chain than it was (entry 1's hash changed): a history
--     rewritten from its first entry, or a new database file under the same kiosk name.
CREATE VIEW hub.chain_rewrites AS
WITH claims AS (
    SELECT school_id, kiosk_id, school_date, version, received_seq, received_at, first, seq, hash
    FROM hub.chain_heads WHERE first IS NOT NULL AND seq IS NOT NULL AND hash IS NOT NULL
    UNION ALL
    SELECT school_id, kiosk_id, school_date, version, received_seq, received_at, first, earlier_seq, earlier_hash
    FROM hub.chain_heads WHERE first IS NOT NULL AND earlier_seq IS NOT NULL
), entries AS (
    SELECT DISTINCT ON (said.received_seq, said.seq)
           said.school_id, said.kiosk_id, said.school_date, said.version, said.received_at, said.seq AS at_seq,
           held.hash AS held_hash, held.kiosk_id AS held_kiosk_id, held.school_date AS held_date,
           held.version AS held_version, held.received_at AS held_received_at, said.hash AS said_hash,
           said.received_seq
    FROM claims said
    JOIN claims held ON held.school_id = said.school_id AND held.first = said.first AND held.seq = said.seq
        AND held.received_seq < said.received_seq AND held.hash IS DISTINCT FROM said.hash
    ORDER BY said.received_seq, said.seq, held.received_seq
), firsts AS (
    SELECT school_id, kiosk_id, school_date, version, received_seq, received_at, first,
           lag(first) OVER w AS held_first, lag(school_date) OVER w AS held_date,
           lag(version) OVER w AS held_version, lag(received_at) OVER w AS held_received_at
    FROM hub.chain_heads WHERE first IS NOT NULL
    WINDOW w AS (PARTITION BY school_id, kiosk_id ORDER BY received_seq)
)
SELECT school_id, kiosk_id, school_date, version, received_at, at_seq, held_hash, held_kiosk_id, held_date,
       held_version, held_received_at, said_hash, received_seq
FROM entries
UNION ALL
SELECT school_id, kiosk_id, school_date, version, received_at, 1, held_first, kiosk_id, held_date, held_version,
       held_received_at, first, received_seq
FROM firsts WHERE held_first IS NOT NULL AND held_first <> first;
COMMENT ON VIEW hub.chain_rewrites IS 'Each summary that contradicts what the hub holds of the same register chain: '
    'at entry at_seq the hub holds held_hash (from held_kiosk_id''s summary of held_date), the summary says '
    'said_hash (null: no such entry any more)';

-- The trust's readers read the heads; the schools' roles do not. A view runs with its owner's
-- rights, and its owner (the hub's admin) is not bound by row-level security, so a school's role
-- granted these would read every school's heads. A school has its own register: `lategate verify`.
GRANT SELECT ON hub.chain_heads, hub.chain_rewrites TO lategate_reader;
