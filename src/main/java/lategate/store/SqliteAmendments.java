package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.audit.AmendmentLog;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;

/** The audit trail of amendments in the lategate database; rows are only ever appended. */
public final class SqliteAmendments implements AmendmentLog {

    private static final String COLUMNS = "pupil_id, school_date, register, original_code, amended_code, "
            + "late_reason, reason, evidence, amended_at, amended_by, position, batch_id";

    private final Database database;

    public SqliteAmendments(Database database) {
        this.database = database;
    }

    @Override
    public void record(List<Amendment> amendments) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO amendments (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Amendment a : amendments) {
                    s.setString(1, a.pupilId());
                    s.setString(2, a.schoolDate().toString());
                    s.setString(3, a.register().name());
                    s.setString(4, a.original().code());
                    s.setString(5, a.amended().code());
                    s.setString(6, a.lateReason().orElse(null));
                    s.setString(7, a.reason());
                    s.setString(8, a.evidence().orElse(null));
                    s.setString(9, InstantText.of(a.at()));
                    s.setString(10, a.by().name());
                    s.setString(11, a.by().position());
                    if (a.batch().isPresent()) {
                        s.setLong(12, a.batch().get());
                    } else {
                        s.setNull(12, Types.INTEGER);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long openBatch(String description, Instant at, StaffIdentity by) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO amendment_batches (description, created_at, "
                    + "created_by, position) VALUES (?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, description);
                s.setString(2, InstantText.of(at));
                s.setString(3, by.name());
                s.setString(4, by.position());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Amendment> of(String pupilId, LocalDate date, Register register) {
        return query("WHERE pupil_id = ? AND school_date = ? AND register = ?", pupilId, date.toString(),
                register.name());
    }

    @Override
    public List<Amendment> ofPupil(String pupilId) {
        return query("WHERE pupil_id = ?", pupilId);
    }

    @Override
    public List<Amendment> on(LocalDate date) {
        return query("WHERE school_date = ?", date.toString());
    }

    @Override
    public List<Amendment> between(LocalDate from, LocalDate to) {
        return query("WHERE school_date BETWEEN ? AND ?", from.toString(), to.toString());
    }

    private List<Amendment> query(String where, String... values) {
        return database.read(c -> {
            List<Amendment> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM amendments " + where
                    + " ORDER BY amended_at, id")) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(amendment(r));
                    }
                }
            }
            return found;
        });
    }

    private static Amendment amendment(ResultSet r) throws SQLException {
        long batch = r.getLong(12);
        Optional<Long> batchId = r.wasNull() ? Optional.empty() : Optional.of(batch);
        return new Amendment(SqliteText.of(r, 1), LocalDate.parse(SqliteText.of(r, 2)),
                Register.valueOf(SqliteText.of(r, 3)), code(SqliteText.of(r, 4)), code(SqliteText.of(r, 5)),
                Optional.ofNullable(SqliteText.of(r, 6)), SqliteText.of(r, 7),
                Optional.ofNullable(SqliteText.of(r, 8)), Instant.parse(SqliteText.of(r, 9)),
                new StaffIdentity(SqliteText.of(r, 10), SqliteText.of(r, 11)), batchId);
    }

    private static AttendanceCode code(String code) {
        return AttendanceCode.fromCode(code).orElseThrow(() -> new StoreException("unknown code '" + code
                + "' in the amendments table"));
    }
}
