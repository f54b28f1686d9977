package lategate.sync.hub;

import java.sql.SQLException;
import java.util.Optional;
import lategate.app.sync.SyncFailure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
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
        try (var checked = HubConnection.open(hub, password)) {
            // connected: a hub that refuses says so in the same words as sync
        } catch (SQLException closing) {
            // the connection was made, which is all this asked
        }
        LogFactory.setLogCreator(clazz -> Quiet.LOG); // lategate says what happened in its own words
        try {
            MigrateResult result = Flyway.configure(HubSchema.class.getClassLoader())
                    .dataSource(HubConnection.dataSource(hub, password))
                    .schemas("hub")
                    .locations("classpath:lategate/hub/migrations")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            return new Migrated(Optional.ofNullable(result.initialSchemaVersion), result.targetSchemaVersion == null
                    ? Optional.ofNullable(result.initialSchemaVersion).orElse("none") : result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new SyncFailure(explain(hub, e), e);
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

    /** Flyway's own chatter goes nowhere: its failures reach the user as exceptions. */
    private static final class Quiet implements Log {
        static final Quiet LOG = new Quiet();

        @Override
        public boolean isDebugEnabled() {
            return false;
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
