package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import lategate.app.LateBusLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.entry.LateBus;

/** Late-bus mode in SQLite (late_bus_modes): appended once each, read by every kiosk on the file. */
public final class SqliteLateBuses implements LateBusLog {

    private final Database database;

    public SqliteLateBuses(Database database) {
        this.database = database;
    }

    @Override
    public LateBus declare(String route, Instant at, Instant until, StaffIdentity by, String kioskId) {
        long id = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO late_bus_modes (route, declared_at, until_at, "
                    + "declared_by, declared_position, kiosk_id) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, route);
                s.setString(2, InstantText.of(at));
                s.setString(3, InstantText.of(until));
                s.setString(4, by.name());
                s.setString(5, by.position());
                s.setString(6, kioskId);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new LateBus(id, route, at, until, by);
    }

    @Override
    public Optional<LateBus> covering(Instant at) {
        String when = InstantText.of(at);
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, route, declared_at, until_at, declared_by, "
                    + "declared_position FROM late_bus_modes WHERE declared_at <= ? AND until_at > ? "
                    + "ORDER BY id DESC LIMIT 1")) {
                s.setString(1, when);
                s.setString(2, when);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new LateBus(r.getLong(1), r.getString(2),
                            InstantText.parse(r.getString(3)), InstantText.parse(r.getString(4)),
                            new StaffIdentity(r.getString(5), r.getString(6)))) : Optional.empty();
                }
            }
        });
    }
}
