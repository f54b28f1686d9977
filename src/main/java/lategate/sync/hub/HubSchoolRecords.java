package lategate.sync.hub;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.app.LateBookEntry;
import lategate.app.PupilRoll;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.app.RegisterHistory;
import lategate.app.audit.AmendmentHistory;
import lategate.app.lateness.StageDecisionHistory;
import lategate.app.sync.SyncFailure;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.codes.StatisticalCategory;
import lategate.domain.entry.EntryHistory;
import lategate.domain.entry.EntryChange;
import lategate.domain.entry.EntrySource;
import lategate.domain.entry.SessionEntry;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.LateCounts;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;

/**
 * One school's records on the hub, read as the attendance lead's reports read a kiosk's database:
 * the hub's merged entries (one per pupil, day and register across the school's kiosks, each as a
 * kiosk resolved it: see the hub's version-2 migration), its pupils, amendments and the lead's
 * stage decisions, all from the derived tables that each delivery rebuilds.
 *
 * <p>What the hub does not hold, these give as empty: a pupil's badge and leaving date (a summary
 * names the pupils with an event that day, not the roster), an entry's consequence, claim and
 * history, and who recorded it (the arrival's kiosk stands for the latter), an amendment's late
 * reason, evidence and batch. The hub knows a pupil once they have had an event this year, so a report over "every
 * pupil" (groups) counts those pupils only.
 */
public final class HubSchoolRecords implements RegisterHistory, AmendmentHistory {

    private final HubAddress hub;
    private final Connection connection;
    private final String schoolId;
    private final HubTrustReads reads;
    private List<Pupil> pupils;

    HubSchoolRecords(HubAddress hub, Connection connection, String schoolId, HubTrustReads reads) {
        this.hub = hub;
        this.connection = connection;
        this.schoolId = schoolId;
        this.reads = reads;
    }

    public String schoolId() {
        return schoolId;
    }

    @Override
    public List<LateEntry> entriesBetween(LocalDate from, LocalDate to) {
        return entries("", from, to, "the register entries");
    }

    /** Only the unauthorised absences, selected by the hub: a quarter of the rows, for the thresholds. */
    @Override
    public List<LateEntry> unauthorisedBetween(LocalDate from, LocalDate to) {
        return entries("AND code = ANY(?) ", from, to, "the unauthorised absences");
    }

    private static final String[] UNAUTHORISED = java.util.Arrays.stream(AttendanceCode.values())
            .filter(c -> c.category() == StatisticalCategory.UNAUTHORISED_ABSENCE).map(AttendanceCode::code)
            .toArray(String[]::new);

    private List<LateEntry> entries(String codes, LocalDate from, LocalDate to, String what) {
        if (reads.planning()) {
            return List.of();
        }
        // Every entry as the kiosks resolved it, a session with no scan too (a sign-out's M, a lunch
        // pass's N), as RegisterEntries counts them on a kiosk. Codes and dates repeat across rows:
        // each is parsed once.
        String sql = "SELECT pupil_id, school_date, register, code, minutes_late FROM hub.marks "
                + "WHERE school_id = ? AND school_date BETWEEN ? AND ? " + codes
                + "ORDER BY school_date, pupil_id, register";
        return query(sql, what + " from " + from + " to " + to, s -> {
            s.setString(1, schoolId);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            if (!codes.isEmpty()) {
                s.setArray(4, connection.createArrayOf("text", UNAUTHORISED));
            }
        }, new LateEntries());
    }

    /** hub.marks rows (pupil_id, school_date, register, code, minutes_late) as entries; codes and dates parsed once. */
    private static final class LateEntries implements RowsOf<LateEntry> {
        private final Map<String, AttendanceCode> codes = new HashMap<>();
        private final Map<Date, LocalDate> dates = new HashMap<>();

        @Override
        public LateEntry row(ResultSet r) throws SQLException {
            AttendanceCode code = codes.computeIfAbsent(r.getString(4), HubSchoolRecords::code);
            return new LateEntry(r.getString(1), dates.computeIfAbsent(r.getDate(2), Date::toLocalDate),
                    Register.valueOf(r.getString(3)), code, r.getLong(5));
        }
    }

    /**
     * The unauthorised absences of the pupils with at least {@code atLeast} of them, counted and
     * selected by the hub: the few pupils a threshold could list, not the school's every absence.
     */
    @Override
    public List<LateEntry> unauthorisedOfPupilsWithAtLeast(LocalDate from, LocalDate to, int atLeast) {
        return reads.unauthorised(schoolId, from, to, atLeast, () -> unauthorisedAlone(from, to, atLeast));
    }

    private List<LateEntry> unauthorisedAlone(LocalDate from, LocalDate to, int atLeast) {
        String sql = "SELECT pupil_id, school_date, register, code, minutes_late FROM ("
                + "SELECT m.pupil_id, m.school_date, m.register, m.code, m.minutes_late, "
                + "count(*) OVER (PARTITION BY m.pupil_id) AS sessions FROM hub.marks m "
                + "WHERE m.school_id = ? AND m.school_date BETWEEN ? AND ? AND m.code = ANY(?)) u "
                + "WHERE sessions >= ? ORDER BY school_date, pupil_id, register";
        return query(sql, "the unauthorised absences from " + from + " to " + to, s -> {
            s.setString(1, schoolId);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            s.setArray(4, connection.createArrayOf("text", UNAUTHORISED));
            s.setInt(5, atLeast);
        }, new LateEntries());
    }

    /**
     * The late marks as they stand (L and U in hub.marks, each session's entry as its kiosk resolved
     * it) counted per pupil and span by the hub: one row per pupil, whatever the number of entries.
     * Summing the kiosks' resolved entries is counting, not resolving: the same figures as
     * {@link LateCounts#of} over {@link #entriesBetween} (docs/hub.md, "The trust's reports in SQL").
     */
    @Override
    public LateCounts lateCounts(List<LateCounts.Span> spans) {
        if (spans.isEmpty()) {
            return LateCounts.counted(Map.of());
        }
        return reads.lateCounts(schoolId, spans, () -> lateCountsAlone(spans));
    }

    private LateCounts lateCountsAlone(List<LateCounts.Span> spans) {
        LocalDate from = spans.stream().map(LateCounts.Span::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = spans.stream().map(LateCounts.Span::to).max(LocalDate::compareTo).orElseThrow();
        String sql = "SELECT pupil_id, array_agg(k), array_agg(l), array_agg(u), array_agg(minutes) FROM ("
                + "SELECT m.pupil_id, s.k, count(*) FILTER (WHERE m.code = 'L') AS l, "
                + "count(*) FILTER (WHERE m.code = 'U') AS u, coalesce(sum(m.minutes_late), 0) AS minutes "
                + "FROM hub.marks m JOIN unnest(?::int[], ?::date[], ?::date[]) AS s(k, f, t) "
                + "ON m.school_date BETWEEN s.f AND s.t "
                + "WHERE m.school_id = ? AND m.school_date BETWEEN ? AND ? AND m.code IN ('L', 'U') "
                + "GROUP BY m.pupil_id, s.k) c GROUP BY pupil_id";
        Map<String, Map<Integer, LateCounts.Tally>> tallies = new HashMap<>();
        query(sql, "the late marks from " + from + " to " + to, s -> {
            s.setArray(1, connection.createArrayOf("int4",
                    spans.stream().map(LateCounts.Span::key).toArray(Integer[]::new)));
            s.setArray(2, connection.createArrayOf("date",
                    spans.stream().map(x -> Date.valueOf(x.from())).toArray(Date[]::new)));
            s.setArray(3, connection.createArrayOf("date",
                    spans.stream().map(x -> Date.valueOf(x.to())).toArray(Date[]::new)));
            s.setString(4, schoolId);
            s.setDate(5, Date.valueOf(from));
            s.setDate(6, Date.valueOf(to));
        }, r -> {
            Object[] keys = (Object[]) r.getArray(2).getArray();
            Object[] l = (Object[]) r.getArray(3).getArray();
            Object[] u = (Object[]) r.getArray(4).getArray();
            Object[] minutes = (Object[]) r.getArray(5).getArray();
            Map<Integer, LateCounts.Tally> byKey = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                byKey.put(((Number) keys[i]).intValue(), new LateCounts.Tally(((Number) l[i]).intValue(),
                        ((Number) u[i]).intValue(), ((Number) minutes[i]).longValue()));
            }
            tallies.put(r.getString(1), byKey);
            return null;
        });
        return LateCounts.counted(tallies);
    }

    @Override
    public List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to) {
        return lateBook("m.pupil_id = ? AND ", pupilId, from, to);
    }

    @Override
    public List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to) {
        return lateBook("", null, from, to);
    }

    private static final String[] LATE = {AttendanceCode.L.code(), AttendanceCode.U.code()};

    private List<LateBookEntry> lateBook(String pupilFilter, String pupilId, LocalDate from, LocalDate to) {
        if (reads.planning()) {
            return List.of();
        }
        // The Late Book's lines: every entry that was a late mark when made or stands as one now, in
        // the order they were made, as RegisterEntries gives them on a kiosk.
        String sql = "SELECT m.pupil_id, m.school_date, m.register, m.code, m.minutes_late, m.reason, "
                + "m.reason_status, m.source, m.original_code, m.original_source, m.made_at, m.explanation, "
                + "m.from_kiosk_id, m.changed_from, m.changed_at, m.changed_by, m.changed_position, m.change_reason, "
                + "m.recorded_mark, m.arrived_at, m.arrival_kiosk_id, m.recorded_minutes_late, m.repeats, "
                + "p.given_name, p.family_name, p.year, p.class "
                + "FROM hub.marks m LEFT JOIN hub.pupils p ON p.school_id = m.school_id AND p.pupil_id = m.pupil_id "
                + "WHERE m.school_id = ? AND " + pupilFilter + "m.school_date BETWEEN ? AND ? "
                + "AND (m.code = ANY(?) OR m.original_code = ANY(?)) "
                + "ORDER BY m.made_at, m.pupil_id, m.school_date, m.register";
        long[] ids = {0};
        return query(sql, "the late entries from " + from + " to " + to, s -> {
            int i = 1;
            s.setString(i++, schoolId);
            if (pupilId != null) {
                s.setString(i++, pupilId);
            }
            s.setDate(i++, Date.valueOf(from));
            s.setDate(i++, Date.valueOf(to));
            s.setArray(i++, connection.createArrayOf("text", LATE));
            s.setArray(i, connection.createArrayOf("text", LATE));
        }, r -> new LateBookEntry(asDelivered(r, ++ids[0]), text(r, 24), text(r, 25), text(r, 26), text(r, 27)));
    }

    /**
     * An entry as the kiosk resolved it and its summary delivered it: the hub derives nothing of its
     * own, it holds the code, minutes, reason, source, original and latest change as they stood on the
     * kiosk. What a summary does not carry is left out: the consequence, the claim and the history;
     * who made the entry is the kiosk it was scanned at, else the kiosk whose summary it came from.
     *
     * @param id the arrival's place in this answer: the hub numbers no arrivals
     */
    private static SessionEntry asDelivered(ResultSet r, long id) throws SQLException {
        String pupilId = r.getString(1);
        LocalDate date = r.getDate(2).toLocalDate();
        Register register = Register.valueOf(r.getString(3));
        AttendanceCode code = code(r.getString(4));
        boolean late = code == AttendanceCode.L || code == AttendanceCode.U;
        // A version-1 summary gave the scan's minutes whatever the code: they count only while it is late.
        OptionalLong minutes = late ? OptionalLong.of(r.getLong(5)) : OptionalLong.empty();
        String explanation = text(r, 12);
        Optional<RecordedArrival> arrival = r.getObject(20) == null ? Optional.empty()
                : Optional.of(new RecordedArrival(id, pupilId, date, register, instant(r, 20),
                        Mark.fromId(r.getString(19)), r.getLong(22), r.getString(21), Optional.empty(), explanation,
                        r.getString(21)));
        EntrySource source = source(r.getString(8));
        Optional<EntryChange> change = r.getObject(15) == null ? Optional.empty()
                : Optional.of(new EntryChange(source == EntrySource.CLAIM ? EntrySource.CLAIM : EntrySource.AMENDMENT,
                        code(r.getString(14)), code, instant(r, 15), new StaffIdentity(r.getString(16),
                        r.getString(17)), text(r, 18), Optional.empty()));
        String fromKiosk = text(r, 13);
        return new SessionEntry(pupilId, date, register, code, minutes, Optional.ofNullable(r.getString(6)),
                Optional.ofNullable(r.getString(7)).map(ReasonStatus::fromId), Optional.empty(), source,
                code(r.getString(9)), source(r.getString(10)), instant(r, 11), explanation,
                arrival.map(RecordedArrival::kioskId).orElse(fromKiosk), change, arrival, r.getInt(23),
                Optional.empty(), false, Optional.empty(), EntryHistory.of(List.of()));
    }

    private static EntrySource source(String id) {
        return EntrySource.fromId(id).orElseThrow(() -> new SyncFailure("the hub holds an entry made by '" + id
                + "', which this lategate does not know: upgrade it to the kiosks' version"));
    }

    /** The pupils the hub knows at this school (read once per report, then kept), as a roll. */
    public PupilRoll pupils() {
        return new PupilRoll() {
            @Override
            public Optional<Pupil> byId(String pupilId) {
                return knownPupils().stream().filter(p -> p.id().equals(pupilId)).findFirst();
            }

            @Override
            public List<Pupil> all() {
                return knownPupils();
            }

            @Override
            public Map<String, Pupil> byIds(Collection<String> pupilIds) {
                if (pupils != null) {
                    return PupilRoll.super.byIds(pupilIds);
                }
                return reads.byIds(schoolId, pupilIds, () -> byIdsAlone(pupilIds));
            }

            private Map<String, Pupil> byIdsAlone(Collection<String> pupilIds) {
                Map<String, Pupil> found = new HashMap<>();
                query("SELECT " + PUPIL_COLUMNS + " FROM hub.pupils WHERE school_id = ? AND pupil_id = ANY(?)",
                        "the pupils", s -> {
                            s.setString(1, schoolId);
                            s.setArray(2, connection.createArrayOf("text", pupilIds.toArray(String[]::new)));
                        }, r -> pupil(r, 0)).forEach(p -> found.put(p.id(), p));
                return found;
            }
        };
    }

    private List<Pupil> knownPupils() {
        if (reads.planning()) {
            return reads.roll(schoolId, List::of);
        }
        if (pupils == null) {
            pupils = reads.roll(schoolId, () -> List.copyOf(query("SELECT " + PUPIL_COLUMNS + " FROM hub.pupils WHERE school_id = ? "
                    + "ORDER BY pupil_id", "the pupils", s -> s.setString(1, schoolId), r -> pupil(r, 0))));
        }
        return pupils;
    }

    static final String PUPIL_COLUMNS = pupilColumns("");

    /** The 32 values {@link #pupilColumns}' number can take, by that number: a trust's pupils share them. */
    private static final List<Characteristics> CHARACTERISTICS = java.util.stream.IntStream.range(0, 32)
            .mapToObj(bits -> new Characteristics((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                    (bits & 8) != 0, (bits & 16) != 0)).toList();

    /**
     * The six columns {@link #pupil} reads, of hub.pupils under the alias {@code alias} ("" for
     * none): the five characteristics come as one number, a bit each, since a trust's list reads a
     * pupil a row and every column is a value the driver decodes.
     */
    static String pupilColumns(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return p + "pupil_id, " + p + "given_name, " + p + "family_name, " + p + "year, " + p + "class, "
                + "(" + p + "send::int + 2 * " + p + "pupil_premium::int + 4 * " + p + "fsm::int + 8 * " + p
                + "looked_after::int + 16 * " + p + "eal::int) AS characteristics";
    }

    /** A pupil from {@link #pupilColumns}, after {@code skip} columns. */
    static Pupil pupil(ResultSet r, int skip) throws SQLException {
        return pupil(r.getString(skip + 1), r, skip + 1);
    }

    /** A pupil whose id {@code id} was the column before {@code at}, from the other five of {@link #pupilColumns}. */
    static Pupil pupil(String id, ResultSet r, int at) throws SQLException {
        return new Pupil(id, r.getString(at + 1), r.getString(at + 2), r.getString(at + 3), r.getString(at + 4), "",
                CHARACTERISTICS.get(r.getInt(at + 5) & 31), Optional.empty());
    }

    @Override
    public List<Amendment> ofPupil(String pupilId) {
        if (reads.planning()) {
            return List.of();
        }
        return query("SELECT school_date, register, original_code, amended_code, reason, amended_at, amended_by, "
                + "position FROM hub.amendments WHERE school_id = ? AND pupil_id = ? "
                + "ORDER BY amended_at, school_date, n", "the amendments of " + pupilId, s -> {
                    s.setString(1, schoolId);
                    s.setString(2, pupilId);
                }, r -> new Amendment(pupilId, r.getDate(1).toLocalDate(), Register.valueOf(r.getString(2)),
                        code(r.getString(3)), code(r.getString(4)), Optional.empty(), r.getString(5),
                        Optional.empty(), instant(r, 6), new StaffIdentity(r.getString(7), r.getString(8)),
                        Optional.empty()));
    }

    /**
     * The lead's stage decisions, from the days they were made on, oldest first. Two of a school's
     * databases never hold the same decision: each is made on one database and sent with its day.
     */
    public StageDecisionHistory decisions() {
        return () -> reads.decisions(schoolId, () -> query("SELECT " + DECISION_COLUMNS
                + " FROM hub.stage_decisions WHERE school_id = ? "
                + "ORDER BY decided_at, school_date, from_kiosk_id, n", "the stage decisions",
                s -> s.setString(1, schoolId), r -> decision(r, 0)));
    }

    static final String DECISION_COLUMNS = "pupil_id, block, from_stage, proposed_stage, decided_stage, kind, "
            + "decided_by, position, why, decided_at";

    /** A stage decision from {@link #DECISION_COLUMNS}, after {@code skip} columns. */
    static StageDecision decision(ResultSet r, int skip) throws SQLException {
        int c = skip;
        return new StageDecision(r.getString(c + 1), new Block(r.getInt(c + 2)), new Stage(r.getInt(c + 3)),
                new Stage(r.getInt(c + 4)), new Stage(r.getInt(c + 5)), StageDecision.Kind.valueOf(r.getString(c + 6)),
                new StaffIdentity(r.getString(c + 7), r.getString(c + 8)), Optional.ofNullable(r.getString(c + 9)),
                instant(r, c + 10));
    }

    private static AttendanceCode code(String code) {
        return AttendanceCode.fromCode(code).orElseThrow(() -> new SyncFailure("the hub holds the code '" + code
                + "', which is not a national attendance code"));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String text(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getString(column)).orElse("");
    }

    interface Parameters {
        void set(PreparedStatement s) throws SQLException;
    }

    interface RowsOf<T> {
        T row(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, String what, Parameters parameters, RowsOf<T> rows) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setFetchSize(5000);
            parameters.set(s);
            List<T> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(rows.row(r));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new SyncFailure(HubReports.explain(hub, "read " + what + " of school '" + schoolId + "'", e), e);
        }
    }
}
