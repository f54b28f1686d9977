package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.movement.FireRollLog;
import lategate.domain.audit.StaffIdentity;

/**
 * Roll calls and their ticks in the lategate database (V019): each committed before returning, so a
 * tick outlives the idle lock and a kiosk killed the moment after. Not in the register's chain: a
 * roll call says where a pupil was in an evacuation, not their attendance (docs/tamper-evidence.md).
 */
public final class SqliteFireRolls implements FireRollLog {

    private static final String ROLL_COLUMNS = "id, kiosk_id, started_at, started_by, started_position, closed_at, "
            + "closed_by, closed_position";

    private final Database database;

    public SqliteFireRolls(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Started> open() {
        return database.read(c -> one(c, "WHERE closed_at IS NULL"));
    }

    @Override
    public Optional<Started> latestStartedBy(Instant instant) {
        return database.read(c -> one(c, "WHERE started_at <= ?", InstantText.of(instant)));
    }

    @Override
    public Started start(String kioskId, Instant at, StaffIdentity by) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE fire_rolls SET closed_at = ?, closed_by = ?, "
                    + "closed_position = ? WHERE closed_at IS NULL")) {
                s.setString(1, InstantText.of(at));
                s.setString(2, by.name());
                s.setString(3, by.position());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fire_rolls (kiosk_id, started_at, started_by, "
                    + "started_position) VALUES (?, ?, ?, ?)")) {
                s.setString(1, kioskId);
                s.setString(2, InstantText.of(at));
                s.setString(3, by.name());
                s.setString(4, by.position());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet r = s.executeQuery()) {
                r.next();
                return new Started(r.getLong(1), kioskId, at, by, Optional.empty(), Optional.empty());
            }
        });
    }

    @Override
    public void close(long rollId, Instant at, StaffIdentity by) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE fire_rolls SET closed_at = ?, closed_by = ?, "
                    + "closed_position = ? WHERE id = ? AND closed_at IS NULL")) {
                s.setString(1, InstantText.of(at));
                s.setString(2, by.name());
                s.setString(3, by.position());
                s.setLong(4, rollId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void tick(long rollId, String pupilId, boolean found, Instant at, StaffIdentity by) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fire_roll_ticks (roll_id, pupil_id, found, at, "
                    + "by_name, by_position) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, rollId);
                s.setString(2, pupilId);
                s.setInt(3, found ? 1 : 0);
                s.setString(4, InstantText.of(at));
                s.setString(5, by.name());
                s.setString(6, by.position());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Tick> ticks(long rollId) {
        return database.read(c -> {
            List<Tick> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT pupil_id, found, at, by_name, by_position "
                    + "FROM fire_roll_ticks WHERE roll_id = ? ORDER BY id")) {
                s.setLong(1, rollId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new Tick(r.getString(1), r.getInt(2) == 1, InstantText.parse(r.getString(3)),
                                new StaffIdentity(r.getString(4), r.getString(5))));
                    }
                }
            }
            return found;
        });
    }

    private static Optional<Started> one(Connection c, String where, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROLL_COLUMNS + " FROM fire_rolls " + where
                + " ORDER BY started_at DESC, id DESC LIMIT 1")) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Optional<Instant> closedAt = Optional.ofNullable(r.getString(6)).map(InstantText::parse);
                Optional<StaffIdentity> closedBy = closedAt.isEmpty() ? Optional.empty()
                        : Optional.of(new StaffIdentity(r.getString(7), r.getString(8)));
                return Optional.of(new Started(r.getLong(1), r.getString(2), InstantText.parse(r.getString(3)),
                        new StaffIdentity(r.getString(4), r.getString(5)), closedAt, closedBy));
            }
        }
    }
}
