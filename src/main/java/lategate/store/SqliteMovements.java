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
import java.util.SortedMap;
import java.util.TreeMap;
import lategate.app.MovementLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.Movement;

/** Sign-outs and returns in the lategate database: appended, each committed before returning. */
public final class SqliteMovements implements MovementLog {

    private static final String COLUMNS = "pupil_id, kind, at, code, reason, collected_by, relationship, "
            + "collector_listed, confirmed_by, confirmed_at, evidence_seen, expected_back, recorded_by, "
            + "recorded_position, lunch";

    private final Database database;

    public SqliteMovements(Database database) {
        this.database = database;
    }

    @Override
    public void record(Movement movement, LocalDate schoolDate, StaffIdentity by, Instant recordedAt) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO movements (pupil_id, kind, at, school_date, "
                    + "code, reason, collected_by, relationship, collector_listed, confirmed_by, confirmed_at, "
                    + "evidence_seen, expected_back, recorded_at, recorded_by, recorded_position, lunch) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, movement.pupilId());
                s.setString(3, InstantText.of(movement.at()));
                s.setString(4, schoolDate.toString());
                s.setString(14, InstantText.of(recordedAt));
                s.setString(15, by.name());
                s.setString(16, by.position());
                if (movement instanceof Movement.SignedOut out) {
                    Collection who = out.collection();
                    s.setString(2, "out");
                    s.setString(5, out.code().code());
                    s.setString(6, out.reason());
                    s.setString(7, who.collectorName());
                    s.setString(8, who.relationship());
                    s.setInt(9, who.onTheList() ? 1 : 0);
                    s.setString(10, who.phoneConfirmation().map(Collection.PhoneConfirmation::parentName).orElse(null));
                    s.setString(11, who.phoneConfirmation().map(p -> InstantText.of(p.at())).orElse(null));
                    s.setInt(12, out.evidenceSeen() ? 1 : 0);
                    s.setString(13, out.expectedBack().map(InstantText::of).orElse(null));
                    s.setInt(17, out.lunchPass() ? 1 : 0);
                } else {
                    s.setString(2, "in");
                    for (int i = 5; i <= 13; i++) {
                        s.setNull(i, Types.VARCHAR);
                    }
                    s.setInt(17, 0);
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Movement> of(String pupilId, LocalDate schoolDate) {
        return recorded("WHERE school_date = ? AND pupil_id = ?", schoolDate.toString(), pupilId).stream()
                .map(RecordedMovement::movement).toList();
    }

    @Override
    public List<Movement> on(LocalDate schoolDate) {
        return recordedOn(schoolDate).stream().map(RecordedMovement::movement).toList();
    }

    @Override
    public List<RecordedMovement> recordedOn(LocalDate schoolDate) {
        return recorded("WHERE school_date = ?", schoolDate.toString());
    }

    @Override
    public SortedMap<LocalDate, List<RecordedMovement>> recordedBetween(LocalDate from, LocalDate to) {
        return database.read(c -> {
            SortedMap<LocalDate, List<RecordedMovement>> found = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", school_date FROM movements "
                    + "WHERE school_date BETWEEN ? AND ? ORDER BY school_date, at, id")) {
                s.setString(1, from.toString());
                s.setString(2, to.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.computeIfAbsent(LocalDate.parse(SqliteText.of(r, 16)), d -> new ArrayList<>())
                                .add(new RecordedMovement(movement(r), new StaffIdentity(SqliteText.of(r, 13),
                                        SqliteText.of(r, 14))));
                    }
                }
            }
            return found;
        });
    }

    private List<RecordedMovement> recorded(String where, String... values) {
        return database.read(c -> {
            List<RecordedMovement> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM movements " + where
                    + " ORDER BY at, id")) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new RecordedMovement(movement(r), new StaffIdentity(SqliteText.of(r, 13),
                                SqliteText.of(r, 14))));
                    }
                }
            }
            return found;
        });
    }

    private static Movement movement(ResultSet r) throws SQLException {
        String pupil = SqliteText.of(r, 1);
        Instant at = Instant.parse(SqliteText.of(r, 3));
        if (SqliteText.of(r, 2).equals("in")) {
            return new Movement.SignedBackIn(pupil, at);
        }
        String parent = SqliteText.of(r, 9);
        String confirmedAt = SqliteText.of(r, 10);
        Optional<Collection.PhoneConfirmation> confirmation = parent == null ? Optional.empty()
                : Optional.of(new Collection.PhoneConfirmation(parent, Instant.parse(confirmedAt)));
        return new Movement.SignedOut(pupil, at, AttendanceCode.fromCode(SqliteText.of(r, 4)).orElseThrow(),
                SqliteText.of(r, 5),
                new Collection(SqliteText.of(r, 6), SqliteText.of(r, 7), r.getInt(8) == 1, confirmation),
                r.getInt(11) == 1, Optional.ofNullable(SqliteText.of(r, 12)).map(Instant::parse), r.getInt(15) == 1);
    }
}
