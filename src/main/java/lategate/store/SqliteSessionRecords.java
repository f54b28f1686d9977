package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import lategate.app.entry.Claims;
import lategate.app.entry.RegisterEntries;
import lategate.app.entry.SessionRecords;
import lategate.app.MovementLog.RecordedMovement;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.ReasonRecord;
import lategate.domain.entry.SessionEvents;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.RosterPlace;
import lategate.domain.register.Mark;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;
import lategate.domain.school.School;

/**
 * A session's records read from the lategate database: one query a table for the whole range, then
 * grouped by pupil and day, so a year's report reads the register once, not once a pupil.
 */
public final class SqliteSessionRecords implements SessionRecords {

    private final Database database;
    private final SqliteMovements movements;
    private final SqliteAmendments amendments;
    private final SqlitePupils pupils;

    public SqliteSessionRecords(Database database) {
        this.database = database;
        this.movements = new SqliteMovements(database);
        this.amendments = new SqliteAmendments(database);
        this.pupils = new SqlitePupils(database);
    }

    /**
     * One pupil's day while it is gathered, each register's records at its ordinal: a year's report
     * gathers tens of thousands of days, most with one scan and nothing else, so no map per register
     * and no list until a record needs one.
     */
    private static final class Day {
        final RecordedArrival[] first = new RecordedArrival[2];
        final int[] repeats = new int[2];
        List<ReasonRecord>[] reasons;
        List<ClaimDecision>[] decisions;
        List<Amendment>[] amended;
        RosterPlace place;
        List<Movement> moves;
        Map<Movement, StaffIdentity> movedBy;

        @SuppressWarnings("unchecked")
        private static <T> List<T> add(List<T>[] lists, int register, T record) {
            if (lists[register] == null) {
                lists[register] = new ArrayList<>(1);
            }
            lists[register].add(record);
            return lists[register];
        }

        @SuppressWarnings("unchecked")
        void reason(int register, ReasonRecord r) {
            if (reasons == null) {
                reasons = new List[2];
            }
            add(reasons, register, r);
        }

        @SuppressWarnings("unchecked")
        void decision(int register, ClaimDecision d) {
            if (decisions == null) {
                decisions = new List[2];
            }
            add(decisions, register, d);
        }

        @SuppressWarnings("unchecked")
        void amendment(int register, Amendment a) {
            if (amended == null) {
                amended = new List[2];
            }
            add(amended, register, a);
        }

        void move(Movement m, StaffIdentity by) {
            if (moves == null) {
                moves = new ArrayList<>(2);
                movedBy = new HashMap<>(2);
            }
            moves.add(m);
            movedBy.put(m, by);
        }

        private static <T> List<T> of(List<T>[] lists, int register) {
            return lists == null || lists[register] == null ? List.of() : lists[register];
        }
    }

    private record Key(LocalDate date, String pupilId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byDate = date.compareTo(o.date);
            return byDate != 0 ? byDate : pupilId.compareTo(o.pupilId);
        }

        // Written out for the reason Block gives: a record's generated ones cost a cold report time.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(other.date, date)
                    && java.util.Objects.equals(other.pupilId, pupilId);
        }

        // Not 31 * date + id, as a record's would be: ids a school numbers in order hash to
        // consecutive numbers, and a day later is 31 further on, so a term of a school's days put
        // several keys on every hash and the map's bins turned into trees. Each pupil's days
        // are a band of their own, a million wide: retention keeps six years, some 2,200 days.
        @Override
        public int hashCode() {
            return (pupilId == null ? 0 : pupilId.hashCode()) * 1_000_003
                    + (date == null ? 0 : (int) date.toEpochDay());
        }
    }

    /** The register as it stands in this database, resolved at the clock's now. */
    public static RegisterEntries entries(School school, Database database, Clock clock) {
        return new RegisterEntries(school, new SqliteSessionRecords(database), new SqlitePupils(database), clock);
    }

    /** Staff's decisions on claimed reasons in this database, on the register as it stands. */
    public static Claims claims(School school, Database database, Clock clock) {
        SqliteSessionRecords records = new SqliteSessionRecords(database);
        return new Claims(new RegisterEntries(school, records, new SqlitePupils(database), clock), records, clock);
    }

    @Override
    public List<SessionEvents> between(LocalDate from, LocalDate to, Optional<String> pupilId) {
        return between(from, to, pupilId, false);
    }

    /**
     * For the reports: the first scans' time, mark and minutes only (no repeats, no words), and reasons
     * only of the sessions with a decision on a claim, the only reasons that can change a code. The
     * movements, decisions and amendments are read as always; they are few.
     */
    @Override
    public List<SessionEvents> forLateEntriesBetween(LocalDate from, LocalDate to) {
        return between(from, to, Optional.empty(), true);
    }

    private List<SessionEvents> between(LocalDate from, LocalDate to, Optional<String> pupilId, boolean lean) {
        // Gathered by hash, put in order once at the end: the arrivals come in that order already.
        Map<Key, Day> days = new LinkedHashMap<>();
        String pupilWhere = pupilId.isPresent() ? " AND a.pupil_id = ?" : "";
        List<String> values = new ArrayList<>(List.of(from.toString(), to.toString()));
        pupilId.ifPresent(values::add);
        database.read(c -> {
            if (lean) {
                readFirstScans(c, values, days);
                readReasons(c, "a.school_date BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM arrival_reasons x "
                        + "JOIN claim_decisions d ON d.reason_id = x.id WHERE x.arrival_id = a.id)", values, days);
            } else {
                readArrivals(c, "a.school_date BETWEEN ? AND ?" + pupilWhere, values, days);
                readReasons(c, "a.school_date BETWEEN ? AND ?" + pupilWhere, values, days);
            }
            readDecisions(c, "a.school_date BETWEEN ? AND ?" + pupilWhere, values, days);
            return null;
        });
        for (Map.Entry<LocalDate, List<RecordedMovement>> e : movements.recordedBetween(from, to).entrySet()) {
            for (RecordedMovement m : e.getValue()) {
                if (pupilId.map(id -> id.equals(m.movement().pupilId())).orElse(true)) {
                    days.computeIfAbsent(new Key(e.getKey(), m.movement().pupilId()), k -> new Day())
                            .move(m.movement(), m.by());
                }
            }
        }
        for (Amendment a : amendments.between(from, to)) {
            if (pupilId.map(id -> id.equals(a.pupilId())).orElse(true)) {
                days.computeIfAbsent(new Key(a.schoolDate(), a.pupilId()), k -> new Day())
                        .amendment(a.register().ordinal(), a);
            }
        }
        return sessions(days, lean);
    }

    @Override
    public List<SessionEvents> withUndecidedClaims() {
        // The latest reason of each mark, when it is a claim with no decision; the resolution then
        // says whether an amendment since has settled it.
        String latestClaim = "r.id = (SELECT max(x.id) FROM arrival_reasons x WHERE x.arrival_id = a.id) "
                + "AND r.status = 'claimed' AND r.claims_code IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM claim_decisions d WHERE d.reason_id = r.id)";
        List<Key> keys = database.read(c -> {
            List<Key> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.school_date, a.pupil_id FROM arrivals a "
                    + "JOIN arrival_reasons r ON r.arrival_id = a.id WHERE a.repeat_of IS NULL AND " + latestClaim
                    + " ORDER BY a.arrived_at, a.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Key(LocalDate.parse(SqliteText.of(r, 1)), SqliteText.of(r, 2)));
                }
            }
            return found;
        });
        List<SessionEvents> sessions = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (Key key : keys) {
            if (seen.add(key)) {
                sessions.addAll(between(key.date(), key.date(), Optional.of(key.pupilId())));
            }
        }
        return sessions;
    }

    @Override
    public void decide(ClaimDecision decision) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT verdict, decided_by, position, decided_at "
                    + "FROM claim_decisions WHERE reason_id = ?")) {
                s.setLong(1, decision.reasonId());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        throw new AlreadyDecided("this claim was already " + SqliteText.of(r, 1) + " by "
                                + SqliteText.of(r, 2) + " (" + SqliteText.of(r, 3) + ") at " + SqliteText.of(r, 4)
                                + ": a claim is decided once; change the entry with an amendment instead");
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_decisions (reason_id, verdict, why, "
                    + "decided_at, decided_by, position) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, decision.reasonId());
                s.setString(2, decision.verdict().id());
                s.setString(3, decision.why());
                s.setString(4, InstantText.of(decision.at()));
                s.setString(5, decision.by().name());
                s.setString(6, decision.by().position());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Each day's sessions, both registers; for the reports ({@code lean}) only the registers with a
     * record that can make an entry (a first scan, an amendment, or the day's movements, which
     * reach both registers): the resolution makes no entry of the others, and a year holds tens of
     * thousands of days with one late scan and nothing else.
     */
    private List<SessionEvents> sessions(Map<Key, Day> gathered, boolean lean) {
        List<Map.Entry<Key, Day>> days = new ArrayList<>(gathered.entrySet());
        days.sort(Map.Entry.comparingByKey()); // by date then pupil id: nearly in order, so nearly one pass
        Set<String> lunchPupils = new HashSet<>();
        days.forEach(e -> {
            Key key = e.getKey();
            Day day = e.getValue();
            if (day.moves != null && day.moves.stream().anyMatch(m -> m instanceof Movement.SignedOut o
                    && o.lunchPass())) {
                lunchPupils.add(key.pupilId());
            }
        });
        // Only a return from lunch is timed after the fact, so only pass holders' cut-offs are read.
        Map<String, List<PupilCutOff>> cutOffs = new HashMap<>();
        for (String id : lunchPupils) {
            cutOffs.put(id, pupils.cutOffsOf(id));
        }
        List<SessionEvents> sessions = new ArrayList<>();
        days.forEach(e -> {
            Key key = e.getKey();
            Day day = e.getValue();
            for (Register reg : Register.values()) {
                int r = reg.ordinal();
                if (lean && day.first[r] == null && day.moves == null && Day.of(day.amended, r).isEmpty()) {
                    continue; // EntryResolution#lateEntry: nothing recorded makes an entry
                }
                sessions.add(new SessionEvents(key.pupilId(), key.date(), reg, Optional.ofNullable(day.first[r]),
                        day.repeats[r], Day.of(day.reasons, r), day.moves == null ? List.of() : day.moves,
                        Day.of(day.decisions, r), Day.of(day.amended, r),
                        cutOffs.getOrDefault(key.pupilId(), List.of()), day.movedBy == null ? Map.of() : day.movedBy,
                        Optional.ofNullable(day.place)));
            }
        });
        return sessions;
    }

    private static void readArrivals(Connection c, String where, List<String> values, Map<Key, Day> days)
            throws SQLException {
        // A year holds tens of thousands of rows but few distinct dates and marks: each is parsed once.
        Map<String, LocalDate> dates = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.pupil_id, a.school_date, a.register, "
                + "a.arrived_at, a.mark, a.minutes_late, a.kiosk_id, a.consequence, a.explanation, a.recorded_by, "
                + "a.repeat_of, a.year_group, a.class_name, a.sign_in FROM arrivals a WHERE " + where + " ORDER BY a.id")) {
            set(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate date = dates.computeIfAbsent(SqliteText.of(r, 3), LocalDate::parse);
                    Register reg = Register.valueOf(SqliteText.of(r, 4));
                    Day day = days.computeIfAbsent(new Key(date, SqliteText.of(r, 2)), k -> new Day());
                    if (day.place == null) {
                        day.place = new RosterPlace(SqliteText.of(r, 13), SqliteText.of(r, 14));
                    }
                    if (r.getObject(12) != null) {
                        day.repeats[reg.ordinal()]++;
                        continue;
                    }
                    day.first[reg.ordinal()] = new RecordedArrival(r.getLong(1), SqliteText.of(r, 2), date, reg,
                            InstantText.parse(SqliteText.of(r, 5)), Mark.fromId(SqliteText.of(r, 6)), r.getLong(7),
                            SqliteText.of(r, 8), Optional.ofNullable(SqliteText.of(r, 9)), SqliteText.of(r, 10),
                            SqliteText.of(r, 11), Optional.ofNullable(SqliteText.of(r, 15))
                                    .flatMap(lategate.domain.register.SignInMethod::ofId));
                }
            }
        }
    }

    /** The reports' first scans between two dates (StoreFloor reads the same, to time the floor under them). */
    static final String FIRST_SCANS = "SELECT a.id, a.pupil_id, a.school_date, a.register, a.arrived_at, a.mark, "
            + "a.minutes_late FROM arrivals a WHERE a.school_date BETWEEN ? AND ? AND a.repeat_of IS NULL "
            + "ORDER BY a.school_date, a.pupil_id";

    /** The first scans' time, mark and minutes, for the reports: no repeats, no words. */

    private static void readFirstScans(Connection c, List<String> values, Map<Key, Day> days) throws SQLException {
        Map<String, LocalDate> dates = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(FIRST_SCANS)) {
            set(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate date = dates.computeIfAbsent(SqliteText.of(r, 3), LocalDate::parse);
                    Register reg = Register.valueOf(SqliteText.of(r, 4));
                    String pupil = SqliteText.of(r, 2);
                    days.computeIfAbsent(new Key(date, pupil), k -> new Day()).first[reg.ordinal()] =
                            new RecordedArrival(r.getLong(1), pupil, date, reg, InstantText.parse(SqliteText.of(r, 5)),
                                    Mark.fromId(SqliteText.of(r, 6)), r.getLong(7), "", Optional.empty(), "", "",
                                    Optional.empty());
                }
            }
        }
    }

    private static void readReasons(Connection c, String where, List<String> values, Map<Key, Day> days)
            throws SQLException {
        Map<String, LocalDate> dates = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, a.pupil_id, a.school_date, a.register, "
                + "r.reason_label, r.status, r.claims_code, r.recorded_at, r.recorded_by, r.reason_key FROM arrival_reasons r "
                + "JOIN arrivals a ON a.id = r.arrival_id WHERE a.repeat_of IS NULL AND " + where + " ORDER BY r.id")) {
            set(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Day day = days.computeIfAbsent(new Key(dates.computeIfAbsent(SqliteText.of(r, 3), LocalDate::parse),
                            SqliteText.of(r, 2)), k -> new Day());
                    day.reason(Register.valueOf(SqliteText.of(r, 4)).ordinal(), new ReasonRecord(r.getLong(1),
                            SqliteText.of(r, 5), SqliteRegisterLog.status(SqliteText.of(r, 6), SqliteText.of(r, 10)),
                            Optional.ofNullable(SqliteText.of(r, 7)).flatMap(AttendanceCode::fromCode),
                            InstantText.parse(SqliteText.of(r, 8)), SqliteText.of(r, 9)));
                }
            }
        }
    }

    private static void readDecisions(Connection c, String where, List<String> values, Map<Key, Day> days)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.reason_id, a.pupil_id, a.school_date, a.register, "
                + "d.verdict, d.why, d.decided_at, d.decided_by, d.position FROM claim_decisions d "
                + "JOIN arrival_reasons r ON r.id = d.reason_id JOIN arrivals a ON a.id = r.arrival_id WHERE " + where
                + " ORDER BY d.id")) {
            set(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Day day = days.computeIfAbsent(new Key(LocalDate.parse(SqliteText.of(r, 3)), SqliteText.of(r, 2)),
                            k -> new Day());
                    day.decision(Register.valueOf(SqliteText.of(r, 4)).ordinal(), new ClaimDecision(r.getLong(1),
                            ClaimDecision.Verdict.fromId(SqliteText.of(r, 5)), SqliteText.of(r, 6),
                            InstantText.parse(SqliteText.of(r, 7)),
                            new StaffIdentity(SqliteText.of(r, 8), SqliteText.of(r, 9))));
                }
            }
        }
    }

    private static void set(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }
}
