package lategate.sync.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.sync.SyncFailure;

/**
 * The schools' register chain heads as the hub holds them, and every history rewritten since a
 * head was sent (hub version 4; docs/tamper-evidence.md, "The hub"). Read in the report's
 * transaction, as a reader: a school's role may not read the heads.
 */
public final class HubChains {

    /** A kiosk's chain head for one day: the one its latest version of that day's summary carried. */
    public record DayHead(String schoolId, LocalDate date, String kioskId, int version, long seq, String hash,
                          String first, Instant receivedAt) {
    }

    /**
     * A summary that contradicts the hub: at chain entry {@code atSeq} the hub holds {@code heldHash}
     * (from {@code heldKioskId}'s summary of {@code heldDate}), and this summary says {@code saidHash}
     * (empty: the kiosk's chain has no such entry any more).
     */
    public record Rewrite(String schoolId, String kioskId, LocalDate date, int version, Instant receivedAt, long atSeq,
                          String heldHash, String heldKioskId, LocalDate heldDate, int heldVersion,
                          Instant heldReceivedAt, Optional<String> saidHash) {

        /** In words, for the trust's IT person. */
        public String words() {
            return "school " + schoolId + ": the register's history was rewritten after " + heldDate + ": at chain "
                    + "entry " + atSeq + " the hub holds " + heldHash + " (received " + heldReceivedAt + ", in kiosk "
                    + heldKioskId + "'s summary of " + heldDate + ", version " + heldVersion + "), the kiosk now says "
                    + saidHash.orElse("there is no such entry") + " (kiosk " + kioskId + "'s summary of " + date
                    + ", version " + version + ", received " + receivedAt + ")";
        }
    }

    private final HubAddress hub;
    private final Connection connection;

    HubChains(HubAddress hub, Connection connection) {
        this.hub = hub;
        this.connection = connection;
    }

    /** Each school's, day's and kiosk's head, by school, day and kiosk; one school's with {@code school}. */
    public List<DayHead> latestByDay(Optional<String> school) {
        return rows("SELECT DISTINCT ON (school_id, school_date, kiosk_id) school_id, school_date, kiosk_id, version, "
                + "seq, hash, first, received_at FROM hub.chain_heads WHERE seq IS NOT NULL AND hash IS NOT NULL "
                + "AND (?::text IS NULL OR school_id = ?) ORDER BY school_id, school_date, kiosk_id, version DESC",
                school, "read the schools' chain heads",
                r -> new DayHead(r.getString(1), r.getObject(2, LocalDate.class), r.getString(3), r.getInt(4),
                        r.getLong(5), r.getString(6), r.getString(7), instant(r, 8)));
    }

    /** Every rewrite found, by school then in the order the hub received the summaries that show it. */
    public List<Rewrite> rewrites(Optional<String> school) {
        return rows("SELECT school_id, kiosk_id, school_date, version, received_at, at_seq, held_hash, held_kiosk_id, "
                + "held_date, held_version, held_received_at, said_hash FROM hub.chain_rewrites "
                + "WHERE (?::text IS NULL OR school_id = ?) ORDER BY school_id, received_seq, at_seq",
                school, "look for rewritten registers",
                r -> new Rewrite(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class), r.getInt(4),
                        instant(r, 5), r.getLong(6), r.getString(7), r.getString(8), r.getObject(9, LocalDate.class),
                        r.getInt(10), instant(r, 11), Optional.ofNullable(r.getString(12))));
    }

    private interface Row<T> {
        T of(ResultSet r) throws SQLException;
    }

    /** The rows of a query taking the school (or null: every school) as its two parameters. */
    private <T> List<T> rows(String sql, Optional<String> school, String what, Row<T> row) {
        List<T> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, school.orElse(null));
            s.setString(2, school.orElse(null));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(row.of(r));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new SyncFailure(HubReports.explain(hub, what, e), e);
        }
    }

    /** Whether the hub holds any summary of the school. */
    public boolean hasSchool(String school) {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM hub.kiosk_days WHERE school_id = ? "
                + "LIMIT 1")) {
            s.setString(1, school);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new SyncFailure(HubReports.explain(hub, "find school '" + school + "'", e), e);
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }
}
