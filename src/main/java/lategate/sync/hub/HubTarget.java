package lategate.sync.hub;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import lategate.app.sync.OutboxEntry;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SummaryKey;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;

/**
 * A PostgreSQL hub as a sync target. Each summary goes in one transaction that stores it (keyed by
 * school, kiosk, date and version) and rebuilds that school day's merged rows, so a sync killed at
 * any moment leaves the hub with whole summaries only, and sending one again changes nothing.
 * The connection is made when the target is opened, so a hub that is down or refuses the
 * credential stops the sync before anything is sent.
 */
public final class HubTarget implements SyncTarget {

    /** What the hub did with one summary. */
    public enum Outcome {
        /** Stored, and the day's merged rows rebuilt. */
        STORED,
        /** Stored; a later version of that kiosk's day already counts. */
        SUPERSEDED,
        /** The hub already held exactly this summary: nothing changed. */
        HELD
    }

    private final HubAddress hub;
    private final Connection connection;

    private HubTarget(HubAddress hub, Connection connection) {
        this.hub = hub;
        this.connection = connection;
    }

    /** Connects to the hub at the address, with the password from where {@code password} says. */
    public static HubTarget open(String address, HubPassword password) {
        HubAddress hub = HubAddress.parse(address);
        Connection connection = HubConnection.open(hub, password);
        try (Statement s = connection.createStatement()) {
            // The kiosk counts a summary sent once the hub says so, and never sends it again: that
            // word must outlive a crash of the hub, whatever the server's own default (a hub tuned
            // with synchronous_commit = off lost the last acknowledged summaries when it was killed).
            s.execute("SET synchronous_commit = on");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new SyncFailure("the hub " + hub.name() + " would not promise to keep what it takes: "
                    + HubConnection.primary(e), e);
        }
        return new HubTarget(hub, connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the failure that led here is the one to report
        }
    }

    @Override
    public String name() {
        return hub.name();
    }

    @Override
    public void deliver(OutboxEntry entry) {
        deliver(entry.key(), entry.body(), entry.sha256());
    }

    /** Delivers one summary's bytes, made with the SHA-256 given; the hub checks both. */
    public Outcome deliver(SummaryKey key, byte[] body, String sha256) {
        try (PreparedStatement s = connection.prepareStatement("SELECT hub.deliver(?, ?)")) {
            s.setString(1, new String(body, StandardCharsets.UTF_8));
            s.setString(2, sha256);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Outcome.valueOf(r.getString(1).toUpperCase(java.util.Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new SyncFailure(HubConnection.refused(hub, connection, key.words(), e), e);
        }
    }

    /**
     * Sends the school's settings, once they read as the hub's reports will read them: settings the
     * reports cannot read would leave the school out of every report on the trust, so they are
     * refused here, the copy the hub holds stays as it was, and the sync stops before any summary.
     */
    @Override
    public void deliverSettings(SettingsFile settings) {
        String text = new String(settings.text(), StandardCharsets.UTF_8);
        try {
            SchoolSettings.read(text, HubReports.settingsName(settings.schoolId()));
        } catch (InvalidSettingsException e) {
            throw new SyncFailure("the hub's reports could not read them (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem: " : " problems: ")
                    + e.problems().stream().map(Object::toString).collect(Collectors.joining("; "))
                    + "), so the hub keeps the copy it had", e);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT hub.deliver_settings(?, ?, ?)")) {
            s.setString(1, settings.schoolId());
            s.setString(2, text);
            s.setString(3, settings.sha256());
            try (ResultSet r = s.executeQuery()) {
                r.next();
            }
        } catch (SQLException e) {
            throw new SyncFailure(HubConnection.refused(hub, connection, "the settings of " + settings.schoolId(), e),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the hub has everything it confirmed; a connection that will not close is the server's to drop
        }
    }
}
