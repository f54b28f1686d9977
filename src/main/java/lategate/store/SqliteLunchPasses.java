package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.movement.LunchPasses;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.LunchPass;

/** Lunchtime passes in the lategate database. */
public final class SqliteLunchPasses implements LunchPasses {

    private static final String COLUMNS = "id, pupil_id, valid_from, valid_to, reason, granted_by, granted_position, "
            + "ended_by, ended_position";

    private final Database database;

    public SqliteLunchPasses(Database database) {
        this.database = database;
    }

    @Override
    public long grant(String pupilId, LocalDate from, Optional<LocalDate> to, String reason, Instant at,
                      StaffIdentity by) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO lunch_passes (pupil_id, valid_from, valid_to, "
                    + "reason, granted_at, granted_by, granted_position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, pupilId);
                s.setString(2, from.toString());
                s.setString(3, to.map(LocalDate::toString).orElse(null));
                s.setString(4, reason);
                s.setString(5, InstantText.of(at));
                s.setString(6, by.name());
                s.setString(7, by.position());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void end(long passId, LocalDate lastDay, Instant at, StaffIdentity by) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE lunch_passes SET valid_to = ?, ended_at = ?, "
                    + "ended_by = ?, ended_position = ? WHERE id = ?")) {
                s.setString(1, lastDay.toString());
                s.setString(2, InstantText.of(at));
                s.setString(3, by.name());
                s.setString(4, by.position());
                s.setLong(5, passId);
                if (s.executeUpdate() != 1) {
                    throw new StoreException("there is no lunchtime pass " + passId);
                }
            }
            return null;
        });
    }

    @Override
    public List<LunchPass> ofPupil(String pupilId) {
        return query("WHERE pupil_id = ?", pupilId);
    }

    @Override
    public List<LunchPass> validOn(LocalDate date) {
        return query("WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)", date.toString(), date.toString());
    }

    private List<LunchPass> query(String where, String... values) {
        return database.read(c -> {
            List<LunchPass> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM lunch_passes " + where
                    + " ORDER BY id")) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(pass(r));
                    }
                }
            }
            return found;
        });
    }

    private static LunchPass pass(ResultSet r) throws SQLException {
        String endedBy = r.getString(8);
        return new LunchPass(r.getLong(1), r.getString(2), LocalDate.parse(r.getString(3)),
                Optional.ofNullable(r.getString(4)).map(LocalDate::parse), r.getString(5),
                new StaffIdentity(r.getString(6), r.getString(7)),
                endedBy == null ? Optional.empty() : Optional.of(new StaffIdentity(endedBy, r.getString(9))));
    }
}
