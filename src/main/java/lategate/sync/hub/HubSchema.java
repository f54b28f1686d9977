package lategate.sync.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** What {@code hub init} did: the version before and after, and how many scripts ran. */
    public record Migrated(Optional<String> from, String to, int applied) {
    }

    private HubSchema() {
    }

    public static Migrated migrate(String address, HubPassword password) {
        HubAddress hub = HubAddress.parse(address);
        try (Connection c = HubConnection.open(hub, password)) { // a hub that refuses says so as sync does
            mayMigrate(c, hub);
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
                    result.migrationsExecuted);
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
