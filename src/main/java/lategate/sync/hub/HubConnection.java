package lategate.sync.hub;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import lategate.app.sync.SyncFailure;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections to a hub, and what its refusals mean in words. Every message names the hub by its
 * address (which holds no secret) and where the password came from, never the password.
 */
final class HubConnection {

    private HubConnection() {
    }

    /** A connection in auto-commit, or a {@link SyncFailure} saying why there is none. */
    static Connection open(HubAddress hub, HubPassword password) {
        Properties properties = new Properties();
        properties.setProperty("user", hub.user());
        password.read().ifPresent(p -> properties.setProperty("password", p));
        try {
            return new org.postgresql.Driver().connect(hub.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw new SyncFailure(connecting(hub, password, e), e);
        }
    }

    /** The same connection settings as a data source, for Flyway. */
    static DataSource dataSource(HubAddress hub, HubPassword password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(hub.jdbcUrl());
        source.setUser(hub.user());
        password.read().ifPresent(source::setPassword);
        return source;
    }

    /** Why a connection could not be made, in words. */
    static String connecting(HubAddress hub, HubPassword password, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String detail = Optional.ofNullable(e.getMessage()).orElse(e.toString());
        if (state.equals("28P01") || detail.contains("password authentication failed")) {
            return "the hub " + hub.name() + " refused the credential of '" + hub.user() + "' (" + password.source()
                    + " is not that role's password, or the role does not exist there): check the password "
                    + "with the trust's IT person";
        }
        if (detail.contains("no password was provided")) {
            return "the hub " + hub.name() + " asks for a password for '" + hub.user() + "' and none was given: put "
                    + "it in the file named by password_file under [sync] in the school's settings (or, for a hub "
                    + "command, --hub-password-file), or set " + HubPassword.ENVIRONMENT;
        }
        if (state.equals("28000")) {
            return "the hub " + hub.name() + " does not let '" + hub.user() + "' connect from this machine (" + detail
                    + "): the trust's IT person allows it in the hub's pg_hba.conf";
        }
        if (state.equals("3D000")) {
            return "the hub at " + hub.server() + " has no database '" + hub.database() + "': check the address, "
                    + "or create the database first (see README, The hub)";
        }
        if (state.startsWith("08") && (detail.contains("SSL") || detail.contains("certificate"))) {
            return "the hub at " + hub.server() + " could not be trusted over TLS (" + detail + "): sslrootcert in "
                    + "the address names the CA certificate that signed the hub's, and the host in the address is "
                    + "the name on that certificate";
        }
        if (state.startsWith("08")) {
            return "cannot reach the hub at " + hub.server() + " (" + detail + "): is the network up and the "
                    + "address right?";
        }
        return "the hub " + hub.name() + " could not be used: " + detail;
    }

    /**
     * Why a statement was refused, in words, for the summary or step named by {@code what}. A refusal
     * by row-level security says which school the credential writes for.
     */
    static String refused(HubAddress hub, Connection connection, String what, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String detail = primary(e);
        if (state.equals("42501") && detail.contains("row-level security")) {
            Optional<String> school = schoolOf(connection);
            return "the hub refused " + what + ": the credential '" + hub.user() + "' "
                    + school.map(s -> "may write only school '" + s + "''s rows")
                            .orElse("is not a school's credential on this hub")
                    + " (row-level security: " + detail + "); a school's kiosks use the credential the trust's IT "
                    + "person made for that school with 'lategate hub add-school'";
        }
        if (state.equals("42501")) {
            return "the hub refused " + what + ": the credential '" + hub.user() + "' has no right to it (" + detail
                    + "); a school's kiosks use the credential made for that school with 'lategate hub add-school'";
        }
        if (state.equals("3F000") || state.equals("42883") || state.equals("42P01")) {
            return "the hub " + hub.name() + " has no lategate schema yet (" + detail + "): the trust's IT person "
                    + "runs 'lategate hub init --hub " + hub.name() + "' first";
        }
        if (state.startsWith("LG")) {
            return "the hub refused " + what + ": " + detail;
        }
        if (state.startsWith("08") || state.isEmpty()) {
            return "the connection to the hub at " + hub.server() + " broke while sending " + what + " (" + detail
                    + "): it stays in the outbox for the next sync";
        }
        return "the hub could not take " + what + ": " + detail;
    }

    /** The server's own sentence, without the PL/pgSQL context the driver adds after it. */
    static String primary(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.toString()).replaceFirst("^ERROR: ", "");
    }

    /** The school a school's credential writes for, if it is one. */
    private static Optional<String> schoolOf(Connection connection) {
        try (var s = connection.prepareStatement("SELECT hub.role_school()"); var r = s.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        } catch (SQLException unknown) {
            return Optional.empty();
        }
    }
}
