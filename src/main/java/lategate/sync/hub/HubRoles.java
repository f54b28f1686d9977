package lategate.sync.hub;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import lategate.app.sync.SyncFailure;
import org.postgresql.PGConnection;

/**
 * The hub's login roles, made by the trust's IT person as the hub's admin role: one (or more) per
 * school, which row-level security lets write only that school's rows, and readers for the trust's
 * reports. A password is read from a file and reaches the server only as a SCRAM verifier, so it
 * is in no statement, no server log and no message.
 */
public final class HubRoles {

    /** The least length of a role's password: kiosks keep it in a file, nobody types it. */
    public static final int SHORTEST_PASSWORD = 12;

    private static final String SCHOOL_GROUP = "lategate_school";
    private static final String READER_GROUP = "lategate_reader";
    /** The comment on every role lategate makes, followed by its group. */
    private static final String MARK = "made by lategate hub as a member of ";

    /** What was done: a new role, or a new password for one that was there. */
    public record Added(String role, boolean created, Optional<String> school) {
    }

    private HubRoles() {
    }

    /** Makes (or gives a new password to) a role that writes only for the school. */
    public static Added addSchool(String address, HubPassword admin, String schoolId, String role, Path passwordFile) {
        if (!schoolId.matches("[a-z0-9][a-z0-9-]*")) {
            throw new SyncFailure("--school '" + schoolId + "' is not a school id: lower-case letters, digits and -, "
                    + "as under [school] id in the school's settings");
        }
        return add(address, admin, role, passwordFile, SCHOOL_GROUP, Optional.of(schoolId));
    }

    /** Makes (or gives a new password to) a role that reads every school, for the trust's reports. */
    public static Added addReader(String address, HubPassword admin, String role, Path passwordFile) {
        return add(address, admin, role, passwordFile, READER_GROUP, Optional.empty());
    }

    private static Added add(String address, HubPassword admin, String role, Path passwordFile, String group,
                             Optional<String> school) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new SyncFailure("--role '" + role + "' is not a role name lategate makes: lower-case letters, "
                    + "digits and _, starting with a letter, e.g. kiosk_" + school.orElse("reports").replace('-', '_'));
        }
        String password = HubPassword.readFile(passwordFile, "the password file");
        if (password.length() < SHORTEST_PASSWORD) {
            throw new SyncFailure("the password in " + passwordFile + " is shorter than " + SHORTEST_PASSWORD
                    + " characters: make a long one, e.g. with 'openssl rand -base64 24 > " + passwordFile + "'");
        }
        HubAddress hub = HubAddress.parse(address);
        try (Connection c = HubConnection.open(hub, admin)) {
            try {
                c.setAutoCommit(false);
                Added added = add(c, hub, role, password, group, school);
                c.commit();
                return added;
            } catch (SQLException e) {
                c.rollback();
                throw new SyncFailure(explain(hub, role, e), e);
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SyncFailure(explain(hub, role, e), e);
        }
    }

    private static Added add(Connection c, HubAddress hub, String role, String password, String group,
                             Optional<String> school) throws SQLException {
        if (!initialised(c)) {
            throw new SyncFailure("the hub " + hub.name() + " has no lategate schema yet: run 'lategate hub init --hub "
                    + hub.name() + "' first");
        }
        // A role lategate made carries a comment saying so (roles belong to the whole server, so the
        // comment does too). Membership of the group is no sign: the admin that made the group is a
        // member of it, with the admin option, on PostgreSQL 16 and later.
        String mark = MARK + group;
        boolean exists;
        boolean ours;
        try (PreparedStatement s = c.prepareStatement("SELECT r.rolsuper, shobj_description(r.oid, 'pg_authid') "
                + "FROM pg_roles r WHERE r.rolname = ?")) {
            s.setString(1, role);
            try (ResultSet r = s.executeQuery()) {
                exists = r.next();
                ours = exists && !r.getBoolean(1) && mark.equals(r.getString(2));
            }
        }
        if (exists && !ours) {
            throw new SyncFailure("the role '" + role + "' already exists on the hub's server and is not "
                    + (school.isPresent() ? "a school's role" : "a reader") + " made by lategate: nothing was changed; "
                    + "pick another --role");
        }
        if (school.isPresent()) {
            try (PreparedStatement s = c.prepareStatement("SELECT school_id FROM hub.school_roles WHERE role_name = ?")) {
                s.setString(1, role);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && !r.getString(1).equals(school.get())) {
                        throw new SyncFailure("the role '" + role + "' already writes for school '" + r.getString(1)
                                + "': a role writes for one school only; nothing was changed; pick another --role");
                    }
                }
            }
        }
        if (!exists) {
            try (Statement s = c.createStatement()) {
                // the name is checked above to be lower-case letters, digits and _: safe as an identifier
                s.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                        + "NOBYPASSRLS INHERIT");
                s.execute("GRANT " + group + " TO " + role);
                s.execute("COMMENT ON ROLE " + role + " IS '" + mark + "'");
            }
        }
        if (school.isPresent()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hub.school_roles (role_name, school_id) "
                    + "VALUES (?, ?) ON CONFLICT (role_name) DO NOTHING")) {
                s.setString(1, role);
                s.setString(2, school.get());
                s.executeUpdate();
            }
        }
        // the driver sends a SCRAM verifier made here, never the password itself
        c.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
        return new Added(role, !exists, school);
    }

    private static boolean initialised(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass('hub.school_roles') IS NOT NULL");
             ResultSet r = s.executeQuery()) {
            return r.next() && r.getBoolean(1);
        }
    }

    private static String explain(HubAddress hub, String role, SQLException e) {
        String detail = HubConnection.primary(e);
        if ("42501".equals(e.getSQLState())) {
            return "the credential '" + hub.user() + "' may not make or change the role '" + role + "' (" + detail
                    + "): run this as the hub's admin role, the one that ran 'hub init'";
        }
        return "the role '" + role + "' could not be made on the hub " + hub.name() + ": " + detail;
    }
}
