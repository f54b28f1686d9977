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
import lategate.app.clock.ClockLog;
import lategate.app.clock.ClockReview;
import lategate.app.clock.HeldScan;
import lategate.domain.audit.StaffIdentity;

/** The kiosk's clock record in SQLite (V011): the high-water mark, the clock log and held scans. */
public final class SqliteClockLog implements ClockLog {

    private final Database database;

    public SqliteClockLog(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Instant> highWater() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT latest_at FROM clock_high_water WHERE id = 1");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(Instant.parse(r.getString(1))) : Optional.empty();
            }
        });
    }

    @Override
    public void raiseHighWater(Instant at) {
        database.inTransaction(c -> {
            // Another kiosk on the same file may be ahead by a moment: the mark only ever rises here.
            try (PreparedStatement s = c.prepareStatement("INSERT INTO clock_high_water (id, latest_at) VALUES (1, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET latest_at = excluded.latest_at "
                    + "WHERE excluded.latest_at > clock_high_water.latest_at")) {
                s.setString(1, InstantText.of(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void questioned(String kioskId, String rule, String why, Instant kioskTime) {
        database.inTransaction(c -> {
            event(c, kioskId, "questioned", kioskTime, rule, why, null, null);
            return null;
        });
    }

    @Override
    public List<String> stillQuestioned() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.kiosk_id, e.rule, e.why FROM clock_events e "
                    + "WHERE e.kind = 'questioned' AND e.id = (SELECT max(id) FROM clock_events l "
                    + "WHERE l.kiosk_id = e.kiosk_id) ORDER BY e.kiosk_id");
                 ResultSet r = s.executeQuery()) {
                List<String> doubts = new ArrayList<>();
                while (r.next()) {
                    doubts.add("kiosk " + r.getString(1) + ": " + r.getString(2) + ": " + r.getString(3));
                }
                return doubts;
            }
        });
    }

    @Override
    public void confirmed(String kioskId, StaffIdentity who, Instant kioskTime) {
        database.inTransaction(c -> {
            event(c, kioskId, "confirmed", kioskTime, null, null, who, null);
            setHighWater(c, kioskTime);
            return null;
        });
    }

    @Override
    public void corrected(String kioskId, StaffIdentity who, Instant from, Instant to) {
        database.inTransaction(c -> {
            event(c, kioskId, "corrected", from, null, null, who, to);
            setHighWater(c, to);
            return null;
        });
    }

    private static void event(Connection c, String kioskId, String kind, Instant kioskTime, String rule, String why,
                              StaffIdentity who, Instant correctedTo) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO clock_events (kiosk_id, kind, kiosk_time, rule, why, "
                + "by_name, by_position, corrected_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, kioskId);
            s.setString(2, kind);
            s.setString(3, InstantText.of(kioskTime));
            s.setString(4, rule);
            s.setString(5, why);
            s.setString(6, who == null ? null : who.name());
            s.setString(7, who == null ? null : who.position());
            s.setString(8, correctedTo == null ? null : InstantText.of(correctedTo));
            s.executeUpdate();
        }
    }

    private static void setHighWater(Connection c, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO clock_high_water (id, latest_at) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET latest_at = excluded.latest_at")) {
            s.setString(1, InstantText.of(at));
            s.executeUpdate();
        }
    }

    @Override
    public long hold(String pupilId, String code, Instant heldAt, String kioskId, String recordedBy, String doubt) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO held_scans (pupil_id, code, held_at, kiosk_id, "
                    + "recorded_by, doubt) VALUES (?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, pupilId);
                s.setString(2, code);
                s.setString(3, InstantText.of(heldAt));
                s.setString(4, kioskId);
                s.setString(5, recordedBy);
                s.setString(6, doubt);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public List<HeldScan> waiting(String kioskId) {
        return database.read(c -> {
            List<HeldScan> held = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT h.id, h.pupil_id, h.code, h.held_at, h.kiosk_id, "
                    + "h.recorded_by, h.doubt FROM held_scans h WHERE h.kiosk_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM held_scan_settlements x WHERE x.held_scan_id = h.id) ORDER BY h.id")) {
                s.setString(1, kioskId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        held.add(new HeldScan(r.getLong(1), r.getString(2), r.getString(3),
                                Instant.parse(r.getString(4)), r.getString(5), r.getString(6), r.getString(7)));
                    }
                }
            }
            return held;
        });
    }

    @Override
    public void settle(long heldId, Instant classifiedAt, Optional<Long> arrivalId, String outcome, String settledBy,
                       Instant settledAt) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO held_scan_settlements (held_scan_id, "
                    + "classified_at, arrival_id, outcome, settled_by, settled_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, heldId);
                s.setString(2, InstantText.of(classifiedAt));
                if (arrivalId.isPresent()) {
                    s.setLong(3, arrivalId.get());
                } else {
                    s.setNull(3, java.sql.Types.INTEGER);
                }
                s.setString(4, outcome);
                s.setString(5, settledBy);
                s.setString(6, InstantText.of(settledAt));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ClockReview> reviewsOn(LocalDate schoolDate, ZoneId zone) {
        // The day's bounds as instants: held_at is what the questioned clock said, classified_at the settled time.
        String from = InstantText.of(schoolDate.atStartOfDay(zone).toInstant());
        String to = InstantText.of(schoolDate.plusDays(1).atStartOfDay(zone).toInstant());
        return database.read(c -> {
            List<ClockReview> reviews = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT h.pupil_id, p.given_name || ' ' || p.family_name, "
                    + "h.held_at, x.classified_at, coalesce(x.outcome, 'waiting for staff to settle the time'), "
                    + "x.settled_by FROM held_scans h JOIN pupils p ON p.pupil_id = h.pupil_id "
                    + "LEFT JOIN held_scan_settlements x ON x.held_scan_id = h.id "
                    + "WHERE x.held_scan_id IS NULL OR (x.classified_at >= ? AND x.classified_at < ?) "
                    + "OR (h.held_at >= ? AND h.held_at < ?) ORDER BY h.id")) {
                s.setString(1, from);
                s.setString(2, to);
                s.setString(3, from);
                s.setString(4, to);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        reviews.add(new ClockReview(r.getString(1), r.getString(2), Instant.parse(r.getString(3)),
                                Optional.ofNullable(r.getString(4)).map(Instant::parse), r.getString(5),
                                Optional.ofNullable(r.getString(6))));
                    }
                }
            }
            return reviews;
        });
    }
}
