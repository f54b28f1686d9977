package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.NewArrival;
import lategate.app.ReasonGiven;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.app.Recording;
import lategate.app.RegisterLog;
import lategate.app.ScanOrigin;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.SignInMethod;

/** The register's append-only log in SQLite. Each call commits (fsync) before it returns. */
public final class SqliteRegisterLog implements RegisterLog, lategate.app.held.ScansOnRecord {

    private static final String ARRIVAL_COLUMNS = "a.id, a.pupil_id, a.school_date, a.register, a.arrived_at, "
            + "a.mark, a.minutes_late, a.kiosk_id, a.consequence, a.explanation, a.recorded_by, a.sign_in";

    private final Database database;
    private final ZoneId zone;

    public SqliteRegisterLog(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    @Override
    public Recording record(NewArrival arrival) {
        // The transaction begins IMMEDIATE (see Database), so the check and the insert below are
        // one step for every process writing this file: two kiosks cannot both make the mark.
        return database.inTransaction(conn -> append(conn, arrival));
    }

    /**
     * Appends many arrivals in one transaction, in order, each decided exactly as {@link #record}
     * decides it (the first for a pupil, school date and register is the mark, any other a
     * repeat): all are committed, or none. For loading a whole day at once, where one commit
     * (fsync) per arrival would cost more than the work; the kiosk records one at a time.
     */
    public List<Recording> recordAll(List<NewArrival> arrivals) {
        return database.inTransaction(conn -> {
            List<Recording> recordings = new ArrayList<>(arrivals.size());
            for (NewArrival arrival : arrivals) {
                recordings.add(append(conn, arrival));
            }
            return recordings;
        });
    }

    private Recording append(Connection conn, NewArrival arrival) throws SQLException {
        Classification c = arrival.classification();
        Register register = c.register().orElseThrow();
        Optional<RecordedArrival> first = firstArrival(conn, arrival.pupil().id(), c.schoolDate(), register);
        long id = insertArrival(conn, arrival, register, first.map(RecordedArrival::id));
        if (first.isPresent()) {
            return new Recording.Repeat(first.get(), id);
        }
        if (arrival.reason().isPresent()) {
            insertReason(conn, id, arrival.reason().get(), arrival.recordedAt(), arrival.recordedBy());
        }
        return new Recording.NewMark(new RecordedArrival(id, arrival.pupil().id(), c.schoolDate(), register,
                c.arrivedAt().toInstant(), c.mark(), c.minutesLate(), arrival.kioskId(), arrival.consequence(),
                c.explanation(), arrival.recordedBy(), Optional.of(arrival.method())));
    }

    @Override
    public void recordReason(long arrivalId, Optional<ReasonGiven> reason, Instant at, String recordedBy) {
        database.inTransaction(conn -> {
            if (reason.isPresent()) {
                insertReason(conn, arrivalId, reason.get(), at, recordedBy);
            } else {
                try (PreparedStatement s = conn.prepareStatement("INSERT INTO arrival_reasons (arrival_id, reason_key, "
                        + "reason_label, status, claims_code, recorded_at, recorded_by) "
                        + "VALUES (?, '', 'not given', 'not_given', NULL, ?, ?)")) {
                    s.setLong(1, arrivalId);
                    s.setString(2, InstantText.of(at));
                    s.setString(3, recordedBy);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * The V001 table admits only given, claimed and not_given as a status, and the register's tables
     * are sealed and append-only (docs/tamper-evidence.md), so "not asked" is kept as a not_given row
     * whose key says not asked, rather than by rebuilding a sealed table: readers of the file that
     * count not_given keep counting every entry without a reason, and the store reads it back as
     * not asked ({@link #NOT_ASKED_KEY}).
     */
    @Override
    public void recordReasonNotAsked(long arrivalId, Instant at, String recordedBy) {
        database.inTransaction(conn -> {
            try (PreparedStatement s = conn.prepareStatement("INSERT INTO arrival_reasons (arrival_id, reason_key, "
                    + "reason_label, status, claims_code, recorded_at, recorded_by) "
                    + "VALUES (?, '" + NOT_ASKED_KEY + "', 'not asked', 'not_given', NULL, ?, ?)")) {
                s.setLong(1, arrivalId);
                s.setString(2, InstantText.of(at));
                s.setString(3, recordedBy);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The reason key of a row that says the pupil was not asked (status not_given). */
    static final String NOT_ASKED_KEY = "not_asked";

    /** A reason row's status as the domain knows it: a not_given row keyed not asked is {@code NOT_ASKED}. */
    static lategate.domain.register.ReasonStatus status(String status, String key) {
        return "not_given".equals(status) && NOT_ASKED_KEY.equals(key)
                ? lategate.domain.register.ReasonStatus.NOT_ASKED : lategate.domain.register.ReasonStatus.fromId(status);
    }

    @Override
    public void recordUnmarkedScan(String code, Optional<String> pupilId, Instant scannedAt, ScanOrigin from,
                                   String why) {
        database.inTransaction(conn -> {
            try (PreparedStatement s = conn.prepareStatement("INSERT INTO unmarked_scans "
                    + "(scanned_at, code, kiosk_id, pupil_id, why, source) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, InstantText.of(scannedAt));
                s.setString(2, code);
                s.setString(3, from.kioskId());
                s.setString(4, pupilId.orElse(null));
                s.setString(5, why);
                s.setString(6, from.scanner().orElse(null));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordScanFault(String raw, Instant at, String kioskId, String source, String why) {
        database.inTransaction(conn -> {
            try (PreparedStatement s = conn.prepareStatement("INSERT INTO unmarked_scans "
                    + "(scanned_at, code, kiosk_id, pupil_id, why, source, fault) VALUES (?, ?, ?, NULL, ?, ?, 1)")) {
                s.setString(1, InstantText.of(at));
                s.setString(2, raw);
                s.setString(3, kioskId);
                s.setString(4, why);
                s.setString(5, source);
                s.executeUpdate();
            }
            return null;
        });
    }






    /**
     * Looks in every table a scan can land in; arrivals and returns by their school day's index, so a
     * year's register is not read for each held scan.
     */
    @Override
    public boolean anyAt(Instant at, String kioskId) {
        String instant = InstantText.of(at);
        String day = at.atZone(zone).toLocalDate().toString();
        return database.read(conn -> {
            try (PreparedStatement s = conn.prepareStatement("SELECT EXISTS (SELECT 1 FROM arrivals "
                    + "WHERE school_date = ? AND arrived_at = ? AND kiosk_id = ?) "
                    + "OR EXISTS (SELECT 1 FROM unmarked_scans WHERE scanned_at = ? AND kiosk_id = ?) "
                    + "OR EXISTS (SELECT 1 FROM movements WHERE school_date = ? AND kind = 'in' AND at = ? "
                    + "AND recorded_position = 'kiosk ' || ?) "
                    + "OR EXISTS (SELECT 1 FROM held_scans WHERE held_at = ? AND kiosk_id = ?)")) {
                s.setString(1, day);
                s.setString(2, instant);
                s.setString(3, kioskId);
                s.setString(4, instant);
                s.setString(5, kioskId);
                s.setString(6, day);
                s.setString(7, instant);
                s.setString(8, kioskId);
                s.setString(9, instant);
                s.setString(10, kioskId);
                try (ResultSet r = s.executeQuery()) {
                    return r.getInt(1) == 1;
                }
            }
        });
    }

    @Override
    public Optional<RecordedArrival> markOf(String pupilId, LocalDate schoolDate, Register register) {
        return database.read(conn -> firstArrival(conn, pupilId, schoolDate, register));
    }



    @Override
    public List<RecordedArrival> marksOn(LocalDate schoolDate) {
        return database.read(conn -> {
            List<RecordedArrival> marks = new ArrayList<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT " + ARRIVAL_COLUMNS + " FROM arrivals a "
                    + "WHERE a.school_date = ? AND a.repeat_of IS NULL ORDER BY a.arrived_at, a.id")) {
                s.setString(1, schoolDate.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        marks.add(arrival(r));
                    }
                }
            }
            return marks;
        });
    }

    @Override
    public List<RecordedArrival> marksBetween(Instant from, Instant to, String kioskId) {
        return database.read(conn -> {
            List<RecordedArrival> marks = new ArrayList<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT " + ARRIVAL_COLUMNS + " FROM arrivals a "
                    + "WHERE a.arrived_at >= ? AND a.arrived_at <= ? AND a.kiosk_id = ? AND a.repeat_of IS NULL "
                    + "ORDER BY a.arrived_at, a.id")) {
                s.setString(1, InstantText.of(from));
                s.setString(2, InstantText.of(to));
                s.setString(3, kioskId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        marks.add(arrival(r));
                    }
                }
            }
            return marks;
        });
    }

    private Optional<RecordedArrival> firstArrival(Connection conn, String pupilId, LocalDate date, Register register)
            throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT " + ARRIVAL_COLUMNS + " FROM arrivals a "
                + "WHERE a.pupil_id = ? AND a.school_date = ? AND a.register = ? AND a.repeat_of IS NULL")) {
            s.setString(1, pupilId);
            s.setString(2, date.toString());
            s.setString(3, register.name());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(arrival(r)) : Optional.empty();
            }
        }
    }

    private long insertArrival(Connection conn, NewArrival arrival, Register register, Optional<Long> repeatOf)
            throws SQLException {
        Classification c = arrival.classification();
        try (PreparedStatement s = conn.prepareStatement("INSERT INTO arrivals (pupil_id, school_date, register, "
                + "arrived_at, arrived_local, kiosk_id, mark, minutes_late, consequence, explanation, recorded_by, "
                + "recorded_at, repeat_of, year_group, class_name, sign_in) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, arrival.pupil().id());
            s.setString(2, c.schoolDate().toString());
            s.setString(3, register.name());
            s.setString(4, InstantText.of(c.arrivedAt().toInstant()));
            s.setString(5, c.arrivedAt().withZoneSameInstant(zone).toOffsetDateTime().toString());
            s.setString(6, arrival.kioskId());
            s.setString(7, c.mark().id());
            s.setLong(8, c.minutesLate());
            s.setString(9, arrival.consequence().orElse(null));
            s.setString(10, c.explanation());
            s.setString(11, arrival.recordedBy());
            s.setString(12, InstantText.of(arrival.recordedAt()));
            if (repeatOf.isPresent()) {
                s.setLong(13, repeatOf.get());
            } else {
                s.setNull(13, java.sql.Types.INTEGER);
            }
            s.setString(14, arrival.pupil().year());
            s.setString(15, arrival.pupil().className());
            s.setString(16, arrival.method().id());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertReason(Connection conn, long arrivalId, ReasonGiven reason, Instant at,
                                     String recordedBy) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("INSERT INTO arrival_reasons (arrival_id, reason_key, "
                + "reason_label, status, claims_code, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, arrivalId);
            s.setString(2, reason.reason().key());
            s.setString(3, reason.reason().label());
            s.setString(4, reason.status().id());
            s.setString(5, reason.reason().authorises().map(code -> code.code()).orElse(null));
            s.setString(6, InstantText.of(at));
            s.setString(7, recordedBy);
            s.executeUpdate();
        }
    }

    private static RecordedArrival arrival(ResultSet r) throws SQLException {
        return new RecordedArrival(r.getLong(1), r.getString(2), LocalDate.parse(r.getString(3)),
                Register.valueOf(r.getString(4)), Instant.parse(r.getString(5)), Mark.fromId(r.getString(6)),
                r.getLong(7), r.getString(8), Optional.ofNullable(r.getString(9)), r.getString(10), r.getString(11),
                Optional.ofNullable(r.getString(12)).flatMap(SignInMethod::ofId));
    }
}
