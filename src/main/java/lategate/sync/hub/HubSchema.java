package lategate.sync.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.sync.SyncFailure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The hub's own schema, {@code hub}, kept by Flyway from the scripts in
 * {@code lategate/hub/migrations} (separate from a kiosk's SQLite migrations). Applied by the
 * trust's admin role, which owns the tables and makes the two group roles.
 */
public final class HubSchema {

    /**
     * What {@code hub init} did: the version before and after, how many scripts ran, and which
     * applied migrations' records were brought to a comment-only rewording (one sentence each).
     */
    public record Migrated(Optional<String> from, String to, int applied, List<String> reworded) {

        public Migrated {
            reworded = List.copyOf(reworded);
        }
    }

    /**
     * An applied migration whose script was reworded in its comments only: Flyway checksums every
     * line, comments too, so a hub that applied the old text holds {@code oldChecksum} and would
     * refuse to migrate; its record is moved to {@code newChecksum}, and nothing else is.
     */
    record CommentOnlyRewording(String version, String script, int oldChecksum, int newChecksum) {
    }

    /**
     * The known comment-only rewordings. The old checksums are what Flyway 13.12 recorded for the
     * scripts as first shipped (ChecksumCalculator over the text at git commit 4be5c02, which a hub
     * applied by {@code hub init} holds in flyway_schema_history); the comments then named
     * particular schools, an issue number and a brief outside the repository, and now cite
     * docs/hub.md, docs/domain.md and the school's policy instead (no SQL changed). The new
     * checksums are Flyway's for the scripts as shipped now; HubCommentOnlyRewordingTest checks that a
     * new hub records exactly these.
     */
    static final List<CommentOnlyRewording> COMMENT_ONLY_REWORDINGS = List.of(
            new CommentOnlyRewording("1", "V1__hub.sql", 1284039180, 2064124847),
            new CommentOnlyRewording("2", "V2__resolved_entries.sql", 988560255, 601106559));

    private HubSchema() {
    }

    public static Migrated migrate(String address, HubPassword password) {
        HubAddress hub = HubAddress.parse(address);
        List<String> reworded;
        try (Connection c = HubConnection.open(hub, password)) { // a hub that refuses says so as sync does
            mayMigrate(c, hub);
            reworded = acceptCommentOnlyRewordings(c);
        } catch (SQLException e) {
            throw new SyncFailure("the hub " + hub.name() + " could not be asked about its schema: "
                    + HubConnection.primary(e), e);
        }
        try {
            MigrateResult result = Flyway.configure(HubSchema.class.getClassLoader())
                    .dataSource(HubConnection.dataSource(hub, password))
                    .schemas("hub")
                    .locations("classpath:lategate/hub/migrations")
                    .cleanDisabled(true)
                    .loggers(Quiet.class.getName()) // lategate says what happened in its own words
                    .load()
                    .migrate();
            return new Migrated(Optional.ofNullable(result.initialSchemaVersion), result.targetSchemaVersion == null
                    ? Optional.ofNullable(result.initialSchemaVersion).orElse("none") : result.targetSchemaVersion,
                    result.migrationsExecuted, reworded);
        } catch (FlywayException e) {
            throw new SyncFailure(explain(hub, e), e);
        }
    }

    /**
     * Refuses at once a role that cannot make or change the schema, in words (Flyway would retry
     * for seconds, then report it in its own).
     */
    private static void mayMigrate(Connection c, HubAddress hub) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT (SELECT pg_get_userbyid(nspowner) FROM pg_namespace "
                + "WHERE nspname = 'hub'), has_database_privilege(current_database(), 'CREATE'), "
                + "(SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user)");
             ResultSet r = s.executeQuery()) {
            r.next();
            String owner = r.getString(1);
            if (owner != null && !owner.equals(hub.user())) {
                throw new SyncFailure("the hub's schema belongs to '" + owner + "': 'hub init' runs as that role, not '"
                        + hub.user() + "'");
            }
            if (owner == null && !r.getBoolean(2)) {
                throw new SyncFailure("the credential '" + hub.user() + "' cannot make the hub's schema in '"
                        + hub.database() + "': 'hub init' runs as the role that owns the database (see README, The "
                        + "hub)");
            }
            if (owner == null && !r.getBoolean(3)) {
                throw new SyncFailure("the credential '" + hub.user() + "' cannot create roles: 'hub init' runs as the "
                        + "hub's admin role, made with CREATEROLE (see README, The hub)");
            }
        }
    }

    /**
     * Moves the record of each applied migration that holds the old checksum of a known
     * comment-only rewording to the new one, so Flyway's validation accepts the reworded script.
     * A record holding any other checksum is left as it is, and Flyway still refuses it.
     */
    private static List<String> acceptCommentOnlyRewordings(Connection c) throws SQLException {
        List<String> reworded = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass('hub.flyway_schema_history') IS NOT NULL");
             ResultSet r = s.executeQuery()) {
            r.next();
            if (!r.getBoolean(1)) {
                return reworded; // a new hub: Flyway records the scripts as they are
            }
        }
        for (CommentOnlyRewording w : COMMENT_ONLY_REWORDINGS) {
            try (PreparedStatement s = c.prepareStatement("UPDATE hub.flyway_schema_history SET checksum = ? "
                    + "WHERE version = ? AND script = ? AND checksum = ? AND success")) {
                s.setInt(1, w.newChecksum());
                s.setString(2, w.version());
                s.setString(3, w.script());
                s.setInt(4, w.oldChecksum());
                if (s.executeUpdate() > 0) {
                    reworded.add("The hub's record of migration V" + w.version()
                            + " was updated for a comment-only rewording.");
                }
            }
        }
        return reworded;
    }

    private static String explain(HubAddress hub, FlywayException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String detail = cause != null ? cause.getMessage() : e.getMessage();
        if (detail != null && detail.contains("permission denied to create role")) {
            return "the credential '" + hub.user() + "' cannot create roles: 'hub init' runs as the hub's admin role, "
                    + "made with CREATEROLE (see README, The hub)";
        }
        if (detail != null && (detail.contains("permission denied for database")
                || detail.contains("permission denied for schema") || detail.contains("must be owner"))) {
            return "the credential '" + hub.user() + "' cannot make the hub's schema in '" + hub.database() + "' ("
                    + detail + "): 'hub init' runs as the role that owns the database (see README, The hub)";
        }
        return "the hub's schema could not be brought up to date: " + (detail == null ? e.toString() : detail)
                + "; nothing of the failed step was kept";
    }

    /**
     * Flyway's own chatter goes nowhere: its failures reach the user as exceptions. Flyway makes
     * this by its class name (its {@code loggers} setting), so it must be public.
     */
    public static final class Quiet implements LogCreator, Log {

        @Override
        public Log createLogger(Class<?> clazz) {
            return this;
        }

        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void error(String message, Exception e) {
        }

        @Override
        public void notice(String message) {
        }
    }
}
