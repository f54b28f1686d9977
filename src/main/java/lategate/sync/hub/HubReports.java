package lategate.sync.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.sync.SyncFailure;

/**
 * The hub opened for the attendance lead's reports: one read-only transaction (repeatable read),
 * so a report across the trust's schools reads one moment of the hub even while kiosks sync, and
 * no report can write. A reader role (`hub add-reader`) sees every school; a school's role sees
 * its own school only, as row-level security makes it.
 */
public final class HubReports implements AutoCloseable {

    /** A school the hub has marks for and no settings: its reports cannot be figured. */
    public record Unsettled(String schoolId) {
    }

    private final HubAddress hub;
    private final Connection connection;
    private final HubTrustReads reads;

    /**
     * Where a school's settings on the hub are said to be in messages: the table, and the file's
     * name (the school's id, as a settings file's name must be).
     */
    public static java.nio.file.Path settingsName(String schoolId) {
        return java.nio.file.Path.of("hub.school_settings", schoolId + ".toml");
    }

    private HubReports(HubAddress hub, Connection connection) {
        this.hub = hub;
        this.connection = connection;
        this.reads = new HubTrustReads(hub, connection);
    }

    /** Connects to the hub at the address, with the password from where {@code password} says. */
    public static HubReports open(String address, HubPassword password) {
        HubAddress hub = HubAddress.parse(address);
        Connection connection = HubConnection.open(hub, password);
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (var s = connection.createStatement()) {
                // The trust's counts group some hundred thousand pupils in one statement: room to hash
                // them in memory, not sort them on disk. Compiling the statement to machine code (JIT)
                // costs more than it saves on a report read once. One round trip for the three.
                s.execute("SET TIME ZONE 'UTC'; SET work_mem = '64MB'; SET jit = off");
            }
            return new HubReports(hub, connection);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the first failure is the one to tell
            }
            throw new SyncFailure(explain(hub, "start a report", e), e);
        }
    }

    /** The hub's address as given: it holds no secret. */
    public String name() {
        return hub.name();
    }

    /** The role reports are read as. */
    public String user() {
        return hub.user();
    }

    /** The school a school's role reads for; empty for a reader (or the hub's admin). */
    public Optional<String> credentialSchool() {
        try (PreparedStatement s = connection.prepareStatement("SELECT hub.role_school()");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new SyncFailure(explain(hub, "find which school its credential reads", e), e);
        }
    }

    /** Every school whose settings this credential can read on the hub, by id. */
    public List<String> schools() {
        return strings("SELECT school_id FROM hub.school_settings ORDER BY school_id", "list its schools");
    }

    /** Every school's settings file this credential can read, by school id: one read for a report on the trust. */
    public java.util.SortedMap<String, String> settings() {
        java.util.SortedMap<String, String> found = new java.util.TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT school_id, toml FROM hub.school_settings");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.put(r.getString(1), r.getString(2));
            }
            return found;
        } catch (SQLException e) {
            throw new SyncFailure(explain(hub, "read its schools' settings", e), e);
        }
    }

    /** Schools with summaries on the hub but no settings file (none sent yet): no report can be figured for them. */
    public List<Unsettled> unsettled() {
        List<Unsettled> found = new ArrayList<>();
        for (String id : strings("SELECT DISTINCT d.school_id FROM hub.kiosk_days d WHERE NOT EXISTS (SELECT 1 FROM "
                + "hub.school_settings s WHERE s.school_id = d.school_id) ORDER BY 1", "list its schools")) {
            found.add(new Unsettled(id));
        }
        return found;
    }

    /** The school's settings file as its kiosks last sent it; refused, saying why, when there is none. */
    public String settingsOf(String schoolId) {
        try (PreparedStatement s = connection.prepareStatement("SELECT toml FROM hub.school_settings "
                + "WHERE school_id = ?")) {
            s.setString(1, schoolId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new SyncFailure(explain(hub, "read the settings of school '" + schoolId + "'", e), e);
        }
        Optional<String> own = credentialSchool();
        if (own.isPresent() && !own.get().equals(schoolId)) {
            throw new SyncFailure("the credential '" + hub.user() + "' reads only school '" + own.get() + "''s rows "
                    + "on the hub " + hub.name() + ", not school '" + schoolId + "': reports on another school, or "
                    + "on the whole trust, log in as a reader made with 'lategate hub add-reader'");
        }
        List<String> known = schools();
        throw new SyncFailure("the hub " + hub.name() + " has no school '" + schoolId + "' (no settings file from it): "
                + (known.isEmpty() ? "no school has synced to it yet"
                        : "it has " + String.join(", ", known))
                + "; --school takes the id under [school] in the school's settings");
    }

    /** One school's records, read in this report's transaction. */
    public HubSchoolRecords school(String schoolId) {
        return new HubSchoolRecords(hub, connection, schoolId, reads);
    }

    /** The schools' reads made together for a report on many: see {@link HubTrustReads#plan}. */
    public HubTrustReads reads() {
        return reads;
    }

    /** The schools' register chain heads and any rewrite found, read in this report's transaction. */
    public HubChains chains() {
        return new HubChains(hub, connection);
    }

    private List<String> strings(String sql, String what) {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(r.getString(1));
            }
            return found;
        } catch (SQLException e) {
            throw new SyncFailure(explain(hub, what, e), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback(); // nothing was written: ends the read-only transaction
            connection.close();
        } catch (SQLException ignored) {
            // a report has been printed by now; the server drops what is left of the connection
        }
    }

    /** Why a report's read was refused, in words, for the step named by {@code what}. */
    static String explain(HubAddress hub, String what, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String detail = Optional.ofNullable(e.getMessage()).orElse(e.toString()).replaceFirst("^ERROR: ", "");
        if (state.equals("42501")) {
            return "the credential '" + hub.user() + "' may not read the hub " + hub.name() + " (" + detail + "): "
                    + "reports log in as a reader made with 'lategate hub add-reader', or as a school's role for that "
                    + "school alone";
        }
        if (state.equals("3F000") || state.equals("42883") || state.equals("42P01")) {
            return "the hub " + hub.name() + " has no lategate schema yet (" + detail + "): the trust's IT person "
                    + "runs 'lategate hub init --hub " + hub.name() + "' first";
        }
        if (state.startsWith("08") || state.isEmpty()) {
            return "the connection to the hub at " + hub.server() + " broke while trying to " + what + " (" + detail
                    + ")";
        }
        return "the hub " + hub.name() + " could not " + what + ": " + detail;
    }
}
