package lategate.sync.hub;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import lategate.app.sync.SyncFailure;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.LateCounts;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.StageDecision;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;

/**
 * The reads of one report over many schools, made for all of them at once: a fixed number of
 * statements on the hub whatever the number of schools (docs/hub.md, "The trust's reports in SQL").
 *
 * <p>The report is first run with nothing read (planning): each school's reports ask the hub what
 * they need (the late marks counted over which spans, the unauthorised absences from when to when,
 * the roll, the stage decisions) and are answered empty. What was asked is then read in one
 * statement per kind of read, every school's question in the one statement (arrays of the
 * schools' spans and windows, unnested by the hub), the counting done by the hub. The report is
 * then run again for real, and each school's question is answered from what was read. A question
 * that was not planned (a report whose questions depend on what it read) is read on its own, as
 * before: the plan only saves round trips, it never changes an answer.
 *
 * <p>Every answer is read in the report's one transaction (repeatable read), so a school's answer
 * read in the batch is the one it would have read alone.
 */
public final class HubTrustReads {

    private enum Mode { DIRECT, PLANNING, ANSWERING }

    // Both keep maps: their equals and hashCode are written out for the reason Block gives.
    record LateCountsAsk(String school, List<LateCounts.Span> spans) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LateCountsAsk other && Objects.equals(other.school, school)
                    && Objects.equals(other.spans, spans);
        }

        @Override
        public int hashCode() {
            return Objects.hash(school, spans);
        }
    }

    record UnauthorisedAsk(String school, LocalDate from, LocalDate to, int atLeast) {
        @Override
        public boolean equals(Object o) {
            return o instanceof UnauthorisedAsk other && Objects.equals(other.school, school)
                    && Objects.equals(other.from, from) && Objects.equals(other.to, to) && other.atLeast == atLeast;
        }

        @Override
        public int hashCode() {
            return Objects.hash(school, from, to, atLeast);
        }
    }

    private final HubAddress hub;
    private final Connection connection;
    private Mode mode = Mode.DIRECT;

    // Asked while planning; the value is filled by the batch (null: asked, not read yet).
    private final Map<LateCountsAsk, LateCounts> lateCounts = new LinkedHashMap<>();
    private final Map<UnauthorisedAsk, List<LateEntry>> unauthorised = new LinkedHashMap<>();
    private final Set<String> rollAsked = new LinkedHashSet<>();
    private final Set<String> decisionsAsked = new LinkedHashSet<>();
    // Read by the batch.
    private final Map<String, List<Pupil>> rolls = new HashMap<>();
    private final Map<String, Map<String, Pupil>> pupilsRead = new HashMap<>();
    private final Map<String, Set<String>> pupilIdsLookedFor = new HashMap<>();
    private final Map<String, List<StageDecision>> decisions = new HashMap<>();
    private int batches;
    private int unanswered;

    HubTrustReads(HubAddress hub, Connection connection) {
        this.hub = hub;
        this.connection = connection;
    }

    /**
     * Runs {@code report} once with nothing read, to learn what every school will ask, then reads it
     * all in one go; afterwards the schools' questions are answered from that read. {@code report}
     * is run again by the caller, for real. A report refused on the way (a block not started) is
     * refused again when run for real: the plan stops there.
     */
    public void plan(Runnable report) {
        mode = Mode.PLANNING;
        try {
            report.run();
        } catch (RuntimeException refused) {
            // the real run meets the same refusal, and says it
        } finally {
            mode = Mode.ANSWERING;
        }
        read();
    }

    /** How many batched reads have been made: one per kind of question asked while planning. */
    public int batches() {
        return batches;
    }

    /** How many questions were read alone, not answered from a batch (every one, when nothing was planned). */
    public int readAlone() {
        return unanswered;
    }

    LateCounts lateCounts(String school, List<LateCounts.Span> spans, Supplier<LateCounts> alone) {
        return answer(lateCounts, new LateCountsAsk(school, List.copyOf(spans)), LateCounts.counted(Map.of()), alone);
    }

    List<LateEntry> unauthorised(String school, LocalDate from, LocalDate to, int atLeast,
                                 Supplier<List<LateEntry>> alone) {
        return answer(unauthorised, new UnauthorisedAsk(school, from, to, atLeast), List.of(), alone);
    }

    List<Pupil> roll(String school, Supplier<List<Pupil>> alone) {
        if (mode == Mode.PLANNING) {
            rollAsked.add(school);
            return List.of();
        }
        List<Pupil> read = rolls.get(school);
        if (read == null) {
            unanswered++;
            return alone.get();
        }
        return read;
    }

    /** The pupils of these ids: from the roll or the pupils the batch read, else read alone. */
    Map<String, Pupil> byIds(String school, Collection<String> ids, Supplier<Map<String, Pupil>> alone) {
        if (mode == Mode.PLANNING) {
            return Map.of(); // ids come from what was read, and nothing is read while planning
        }
        List<Pupil> roll = rolls.get(school);
        if (roll != null) {
            Set<String> wanted = new HashSet<>(ids);
            Map<String, Pupil> found = new HashMap<>();
            roll.stream().filter(p -> wanted.contains(p.id())).forEach(p -> found.put(p.id(), p));
            return found;
        }
        Set<String> lookedFor = pupilIdsLookedFor.getOrDefault(school, Set.of());
        if (!lookedFor.containsAll(ids)) {
            unanswered++;
            return alone.get();
        }
        Map<String, Pupil> read = pupilsRead.getOrDefault(school, Map.of());
        Map<String, Pupil> found = new HashMap<>();
        for (String id : ids) {
            Pupil p = read.get(id);
            if (p != null) {
                found.put(id, p);
            }
        }
        return found;
    }

    List<StageDecision> decisions(String school, Supplier<List<StageDecision>> alone) {
        if (mode == Mode.PLANNING) {
            decisionsAsked.add(school);
            return List.of();
        }
        List<StageDecision> read = decisions.get(school);
        if (read == null) {
            unanswered++;
            return alone.get();
        }
        return read;
    }

    /** Whether the school's other reads (entries, Late Book, amendments) answer empty: while planning. */
    boolean planning() {
        return mode == Mode.PLANNING;
    }

    private <K, V> V answer(Map<K, V> answers, K ask, V empty, Supplier<V> alone) {
        if (mode == Mode.DIRECT) {
            return alone.get();
        }
        if (mode == Mode.PLANNING) {
            answers.putIfAbsent(ask, null);
            return empty;
        }
        V read = answers.get(ask);
        if (read == null) {
            unanswered++;
            return alone.get();
        }
        return read;
    }

    // ---- the batch: one statement per kind of question, every school in it ----

    private void read() {
        if (lateCounts.containsValue(null)) {
            readLateCounts();
        }
        if (unauthorised.containsValue(null)) {
            readUnauthorised();
        }
        readPupils();
        if (!decisionsAsked.isEmpty()) {
            readDecisions();
        }
    }

    /**
     * Late marks as they stand (L and U in hub.marks, each session as its kiosk resolved it)
     * counted per question, pupil and span key by the hub: every school's spans in one statement.
     * One row per question and pupil, its tallies as text ("key l u minutes ..."), and the pupil's
     * record where the school's roll is not read whole.
     */
    private void readLateCounts() {
        List<LateCountsAsk> asks = new ArrayList<>(lateCounts.keySet());
        List<Integer> r = new ArrayList<>();
        List<String> schools = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        List<Date> from = new ArrayList<>();
        List<Date> to = new ArrayList<>();
        // A school whose roll is not read has the pupils it counts read with their counts, so that the
        // pupils a list names (each one counted) come from this statement too: into its pupils read.
        List<Map<String, Pupil>> namedInto = new ArrayList<>();
        for (LateCountsAsk ask : asks) {
            namedInto.add(rollAsked.contains(ask.school()) ? null
                    : pupilsRead.computeIfAbsent(ask.school(), k -> new HashMap<>()));
        }
        List<Boolean> named = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            for (LateCounts.Span s : asks.get(i).spans()) {
                r.add(i);
                schools.add(asks.get(i).school());
                keys.add(s.key());
                from.add(Date.valueOf(s.from()));
                to.add(Date.valueOf(s.to()));
                named.add(namedInto.get(i) != null);
            }
        }
        List<Map<String, long[]>> tallies = new ArrayList<>();
        asks.forEach(a -> tallies.add(new HashMap<>()));
        // Each span read as one range of the hub's index of counted marks (school, date; hub version 5):
        // a span reads just its own marks, so a statement costs what its spans hold, not the year. One
        // group per question and pupil, a count of L, of U and the minutes for every span key asked.
        // The keys are a year's blocks and two review periods at most: the statement's length does not
        // grow with the schools.
        int[] keyOrder = keys.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        StringBuilder tallied = new StringBuilder();
        for (int key : keyOrder) {
            String l = "count(*) FILTER (WHERE s.k = " + key + " AND m.code = 'L')";
            String u = "count(*) FILTER (WHERE s.k = " + key + " AND m.code = 'U')";
            String minutes = "coalesce(sum(m.minutes_late) FILTER (WHERE s.k = " + key + "), 0)";
            // Only the spans with a late mark, as "key l u minutes": one short text a pupil, read in one piece.
            tallied.append(tallied.length() == 0 ? "" : ", ").append("CASE WHEN ").append(l).append(" + ").append(u)
                    .append(" > 0 THEN '").append(key).append(" ' || ").append(l).append(" || ' ' || ").append(u)
                    .append(" || ' ' || ").append(minutes).append(" END");
        }
        String sql = "SELECT c.r, c.pupil_id, c.tallies, " + HubSchoolRecords.pupilColumns("p")
                + " FROM (SELECT s.r, s.school, s.named, m.pupil_id, concat_ws(' ', " + tallied + ") AS tallies "
                + "FROM unnest(?::int[], ?::text[], ?::int[], ?::date[], ?::date[], ?::bool[]) "
                + "AS s(r, school, k, f, t, named) CROSS JOIN LATERAL (SELECT x.pupil_id, x.code, x.minutes_late "
                + "FROM hub.marks x WHERE x.school_id = s.school AND x.school_date BETWEEN s.f AND s.t "
                + "AND x.code IN ('L', 'U')) m GROUP BY s.r, s.school, s.named, m.pupil_id) c "
                + "LEFT JOIN hub.pupils p ON c.named AND p.school_id = c.school AND p.pupil_id = c.pupil_id";
        run(sql, "count the late marks of " + count(asks.stream().map(LateCountsAsk::school)), s -> {
            s.setArray(1, connection.createArrayOf("int4", r.toArray()));
            s.setArray(2, connection.createArrayOf("text", schools.toArray()));
            s.setArray(3, connection.createArrayOf("int4", keys.toArray()));
            s.setArray(4, connection.createArrayOf("date", from.toArray()));
            s.setArray(5, connection.createArrayOf("date", to.toArray()));
            s.setArray(6, connection.createArrayOf("bool", named.toArray()));
        }, row -> {
            int ask = row.getInt(1);
            String id = row.getString(2);
            row.getInt(9); // the pupil's characteristics: none when the pupil was not asked for, or is not on the hub
            if (!row.wasNull()) {
                // The join matched the pupil's id, so the id counted is the pupil's: decoded once.
                namedInto.get(ask).put(id, HubSchoolRecords.pupil(id, row, 4));
            }
            String text = row.getString(3);
            long[] counts = new long[keyOrder.length * 3];
            int[] at = {0};
            while (at[0] < text.length()) {
                int slot = slotOf(keyOrder, number(text, at)) * 3;
                counts[slot] = number(text, at);
                counts[slot + 1] = number(text, at);
                counts[slot + 2] = number(text, at);
            }
            tallies.get(ask).put(id, counts);
        });
        for (int i = 0; i < asks.size(); i++) {
            lateCounts.put(asks.get(i), LateCounts.counted(keyOrder, tallies.get(i)));
            if (namedInto.get(i) != null) {
                // Every pupil counted was looked for: one not on the hub's roll is known to be missing.
                pupilIdsLookedFor.computeIfAbsent(asks.get(i).school(), k -> new HashSet<>())
                        .addAll(tallies.get(i).keySet());
            }
        }
    }

    private static final String[] UNAUTHORISED = java.util.Arrays.stream(AttendanceCode.values())
            .filter(c -> c.category() == lategate.domain.codes.StatisticalCategory.UNAUTHORISED_ABSENCE)
            .map(AttendanceCode::code).toArray(String[]::new);
    /** The codes written out in the statement: the hub's index of counted marks is for these (hub version 5). */
    private static final String UNAUTHORISED_LIST = String.join(", ", java.util.Arrays.stream(UNAUTHORISED)
            .map(c -> "'" + c + "'").toList());

    /**
     * The unauthorised absences of the pupils with at least so many of them in each question's
     * window, counted and selected by the hub: every school's window in one statement, each read as
     * one range of the hub's index of counted marks.
     */
    private void readUnauthorised() {
        List<UnauthorisedAsk> asks = new ArrayList<>(unauthorised.keySet());
        List<List<LateEntry>> found = new ArrayList<>();
        asks.forEach(a -> found.add(new ArrayList<>()));
        String sql = "SELECT r, pupil_id, school_date, register, code, minutes_late FROM ("
                + "SELECT s.r, s.n, m.pupil_id, m.school_date, m.register, m.code, m.minutes_late, "
                + "count(*) OVER (PARTITION BY s.r, m.pupil_id) AS sessions "
                + "FROM unnest(?::int[], ?::text[], ?::date[], ?::date[], ?::int[]) AS s(r, school, f, t, n) "
                + "CROSS JOIN LATERAL (SELECT x.pupil_id, x.school_date, x.register, x.code, x.minutes_late "
                + "FROM hub.marks x WHERE x.school_id = s.school AND x.school_date BETWEEN s.f AND s.t "
                + "AND x.code IN (" + UNAUTHORISED_LIST + ")) m) u WHERE sessions >= n "
                + "ORDER BY r, school_date, pupil_id, register";
        Map<String, AttendanceCode> codes = new HashMap<>();
        Map<Date, LocalDate> dates = new HashMap<>();
        run(sql, "select the unauthorised absences of " + count(asks.stream().map(UnauthorisedAsk::school)), s -> {
            s.setArray(1, connection.createArrayOf("int4",
                    java.util.stream.IntStream.range(0, asks.size()).boxed().toArray()));
            s.setArray(2, connection.createArrayOf("text", asks.stream().map(UnauthorisedAsk::school).toArray()));
            s.setArray(3, connection.createArrayOf("date", asks.stream().map(a -> Date.valueOf(a.from())).toArray()));
            s.setArray(4, connection.createArrayOf("date", asks.stream().map(a -> Date.valueOf(a.to())).toArray()));
            s.setArray(5, connection.createArrayOf("int4", asks.stream().map(UnauthorisedAsk::atLeast).toArray()));
        }, row -> found.get(row.getInt(1)).add(new LateEntry(row.getString(2),
                dates.computeIfAbsent(row.getDate(3), Date::toLocalDate), Register.valueOf(row.getString(4)),
                codes.computeIfAbsent(row.getString(5), HubTrustReads::code), row.getLong(6))));
        for (int i = 0; i < asks.size(); i++) {
            unauthorised.put(asks.get(i), List.copyOf(found.get(i)));
        }
    }

    /**
     * The pupils the reports will name: the whole roll of each school whose report asked for it, and
     * for the others the pupils of the unauthorised absences read (a threshold names them); one
     * statement.
     */
    private void readPupils() {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        unauthorised.forEach((ask, entries) -> {
            if (!rollAsked.contains(ask.school()) && entries != null) {
                Set<String> ids = wanted.computeIfAbsent(ask.school(), k -> new LinkedHashSet<>());
                entries.forEach(e -> ids.add(e.pupilId()));
            }
        });
        if (rollAsked.isEmpty() && wanted.isEmpty()) {
            return;
        }
        List<String> schools = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        wanted.forEach((school, of) -> of.forEach(id -> {
            schools.add(school);
            ids.add(id);
        }));
        String sql = "SELECT school_id, " + HubSchoolRecords.PUPIL_COLUMNS + " FROM hub.pupils "
                + "WHERE school_id = ANY(?) UNION ALL SELECT p.school_id, "
                + HubSchoolRecords.pupilColumns("p") + " FROM hub.pupils p "
                + "JOIN unnest(?::text[], ?::text[]) AS w(school, pupil) ON p.school_id = w.school "
                + "AND p.pupil_id = w.pupil ORDER BY 1, 2";
        Map<String, List<Pupil>> read = new HashMap<>();
        run(sql, "read the pupils of " + count(java.util.stream.Stream.concat(rollAsked.stream(),
                wanted.keySet().stream())), s -> {
                    s.setArray(1, connection.createArrayOf("text", rollAsked.toArray()));
                    s.setArray(2, connection.createArrayOf("text", schools.toArray()));
                    s.setArray(3, connection.createArrayOf("text", ids.toArray()));
                }, row -> read.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                        .add(HubSchoolRecords.pupil(row, 1)));
        for (String school : rollAsked) {
            rolls.put(school, List.copyOf(read.getOrDefault(school, List.of())));
        }
        wanted.forEach((school, of) -> {
            Map<String, Pupil> byId = pupilsRead.computeIfAbsent(school, k -> new HashMap<>());
            read.getOrDefault(school, List.of()).forEach(p -> byId.put(p.id(), p));
            pupilIdsLookedFor.computeIfAbsent(school, k -> new HashSet<>()).addAll(of);
        });
    }

    /** Every asking school's stage decisions, oldest first within each school: one statement. */
    private void readDecisions() {
        Map<String, List<StageDecision>> read = new HashMap<>();
        run("SELECT school_id, " + HubSchoolRecords.DECISION_COLUMNS + " FROM hub.stage_decisions "
                        + "WHERE school_id = ANY(?) ORDER BY school_id, decided_at, school_date, from_kiosk_id, n",
                "read the stage decisions of " + count(decisionsAsked.stream()),
                s -> s.setArray(1, connection.createArrayOf("text", decisionsAsked.toArray())),
                row -> read.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                        .add(HubSchoolRecords.decision(row, 1)));
        for (String school : decisionsAsked) {
            decisions.put(school, List.copyOf(read.getOrDefault(school, List.of())));
        }
    }

    private static int slotOf(int[] keys, int key) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == key) {
                return k;
            }
        }
        throw new SyncFailure("the hub counted late marks under the span key " + key + ", which was not asked for");
    }

    /** The whole number at {@code at[0]} in a space-separated text, moving {@code at[0]} past it and its space. */
    private static int number(String text, int[] at) {
        int i = at[0];
        boolean negative = text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        int n = 0;
        while (i < text.length() && text.charAt(i) != ' ') {
            n = n * 10 + (text.charAt(i++) - '0');
        }
        at[0] = i + 1;
        return negative ? -n : n;
    }

    private static String count(java.util.stream.Stream<String> schools) {
        long n = schools.distinct().count();
        return n + (n == 1 ? " school" : " schools");
    }

    private static AttendanceCode code(String code) {
        return AttendanceCode.fromCode(code).orElseThrow(() -> new SyncFailure("the hub holds the code '" + code
                + "', which is not a national attendance code"));
    }

    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private void run(String sql, String what, HubSchoolRecords.Parameters parameters, Row rows) {
        batches++;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            // One fetch: the rows are small (a pupil's tallies as one text), and every extra fetch is a round trip.
            s.setFetchSize(0);
            parameters.set(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.read(r);
                }
            }
        } catch (SQLException e) {
            throw new SyncFailure(HubReports.explain(hub, what, e), e);
        }
    }
}
