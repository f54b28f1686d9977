package lategate.sync.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.sync.SyncFailure;

/**
 * Throwaway hubs on a PostgreSQL server, for {@code lategate bench sync}: an empty database per
 * timed run, made and dropped here, and the login roles the bench made, dropped at the end. It
 * never touches a database or a role it did not make: every name it makes starts with
 * {@value #PREFIX}, and it drops only names it made in this run.
 */
public final class ScratchHubs implements AutoCloseable {

    public static final String PREFIX = "lategate_bench_";

    private final HubAddress server;
    private final HubPassword password;
    private final Connection connection;
    private final List<String> databases = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    private ScratchHubs(HubAddress server, HubPassword password, Connection connection) {
        this.server = server;
        this.password = password;
        this.connection = connection;
    }

    /**
     * Connects to the server at {@code address}; refused unless its role may make databases and
     * roles (a superuser, or CREATEDB and CREATEROLE), saying so.
     */
    public static ScratchHubs open(String address, HubPassword password) {
        HubAddress server = HubAddress.parse(address);
        Connection c = HubConnection.open(server, password);
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles "
                     + "WHERE rolname = current_user")) {
            r.next();
            if (!r.getBoolean(1) && !(r.getBoolean(2) && r.getBoolean(3))) {
                c.close();
                throw new SyncFailure("the role '" + server.user() + "' may not make databases and roles on "
                        + server.server() + ": bench sync makes an empty hub for every run, so it needs a role with "
                        + "CREATEDB and CREATEROLE (on a scratch server, not the trust's hub)");
            }
            return new ScratchHubs(server, password, c);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first failure is the one to tell
            }
            throw new SyncFailure("cannot use the server at " + server.server() + ": " + e.getMessage(), e);
        }
    }

    /** The server's version, for the bench's table. */
    public String serverVersion() {
        return string("SHOW server_version");
    }

    /** The password of the server's role, for hub init and hub add-* on the databases made here. */
    public HubPassword password() {
        return password;
    }

    /** Makes an empty database owned by the server's role, and gives its address as {@code role}. */
    public String create(String suffix) {
        String name = PREFIX + suffix;
        if (!name.matches("[a-z0-9_]{1,63}")) {
            throw new IllegalArgumentException("not a scratch database name: " + name);
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); // a bench stopped before it dropped its own
        execute("CREATE DATABASE " + name);
        databases.add(name);
        return address(server.user(), name);
    }

    /** The address of a database made here, as a role. */
    public String address(String role, String database) {
        String text = server.name();
        int at = text.indexOf('@');
        int slash = text.indexOf('/', at);
        int question = text.indexOf('?', slash);
        return HubAddress.SCHEME + role + text.substring(at, slash + 1) + database
                + (question < 0 ? "" : text.substring(question));
    }

    /** Counts rows on a database made here, as the server's role: a check that the bench did what it says. */
    public long count(String database, String sql) {
        HubAddress there = HubAddress.parse(address(server.user(), database));
        try (Connection c = HubConnection.open(there, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new SyncFailure("cannot count on " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * The database made here as a running hub is between a night's deliveries and a lead's morning
     * report: vacuumed and analysed, as autovacuum leaves it (its planner statistics current, its
     * visibility map set, so index-only scans read no table pages), and checkpointed. A hub timed
     * straight after a bulk copy of its schools times the catching up instead.
     */
    public void settle(String database) {
        HubAddress there = HubAddress.parse(address(server.user(), database));
        try (Connection c = HubConnection.open(there, password); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
            try {
                s.execute("CHECKPOINT");
            } catch (SQLException e) {
                if (!"42501".equals(e.getSQLState())) {
                    throw e;
                }
                // Only a superuser (or pg_checkpoint) may: the server's own checkpoints come in time.
            }
        } catch (SQLException e) {
            throw new SyncFailure("cannot vacuum " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code SELECT 1} on a database made here, {@code times} times over one connection: each round
     * trip's wall time in ms, the floor under any query the reports make (the bench's baseline).
     */
    public double[] roundTrips(String database, int times) {
        HubAddress there = HubAddress.parse(address(server.user(), database));
        try (Connection c = HubConnection.open(there, password); Statement s = c.createStatement()) {
            double[] millis = new double[times];
            for (int i = -5; i < times; i++) { // five untimed: the connection's first statements
                long started = System.nanoTime();
                try (ResultSet r = s.executeQuery("SELECT 1")) {
                    r.next();
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
            }
            return millis;
        } catch (SQLException e) {
            throw new SyncFailure("cannot run SELECT 1 on " + database + ": " + e.getMessage(), e);
        }
    }

    /** The hub's tables a school's reports read, copied for a copied school; its summaries are not. */
    private static final List<String> COPIED = List.of("pupils", "marks", "mark_repeats", "amendments", "movements",
            "stage_decisions", "kiosk_figures");

    /**
     * A school of its own on a database made here, made in SQL from school {@code from}'s rows: its
     * settings with their {@code [school]} id and name changed to {@code to} and {@code name} (and
     * their hash recomputed), and every row the reports read (pupils, marks, repeats, amendments,
     * movements, stage decisions, kiosk figures) under the new id. Its summaries are not copied: a
     * summary names its school inside, so a copy would not be the new school's. What the trust's
     * reports read is then {@code from}'s year under another school's id and settings, as if synced.
     */
    public void copySchool(String database, String from, String to, String name) {
        if (!to.matches("[a-z0-9][a-z0-9-]*") || !from.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a school id: " + from + " or " + to);
        }
        HubAddress there = HubAddress.parse(address(server.user(), database));
        try (Connection c = HubConnection.open(there, password)) {
            c.setAutoCommit(false);
            String toml = null;
            try (PreparedStatement q = c.prepareStatement("SELECT toml FROM hub.school_settings WHERE school_id = ?")) {
                q.setString(1, from);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        toml = r.getString(1);
                    }
                }
            }
            if (toml == null) {
                throw new SyncFailure("the hub " + database + " has no settings of school '" + from + "' to copy");
            }
            // The first id and name keys are [school]'s, the table every settings file starts with.
            String copied = toml.replaceFirst("(?m)^(\\s*id\\s*=\\s*)\"[^\"]*\"", "$1\"" + to + "\"")
                    .replaceFirst("(?m)^(\\s*name\\s*=\\s*)\"[^\"]*\"",
                            "$1\"" + java.util.regex.Matcher.quoteReplacement(name) + "\"");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO hub.school_settings (school_id, sha256, "
                    + "toml) VALUES (?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?)")) {
                insert.setString(1, to);
                insert.setString(2, copied);
                insert.setString(3, copied);
                insert.executeUpdate();
            }
            for (String table : COPIED) {
                List<String> columns = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_schema = 'hub' AND table_name = ? ORDER BY ordinal_position")) {
                    q.setString(1, table);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            columns.add(r.getString(1));
                        }
                    }
                }
                String names = String.join(", ", columns);
                String values = String.join(", ", columns.stream().map(col -> col.equals("school_id") ? "?" : col)
                        .toList());
                try (PreparedStatement copy = c.prepareStatement("INSERT INTO hub." + table + " (" + names
                        + ") SELECT " + values + " FROM hub." + table + " WHERE school_id = ?")) {
                    copy.setString(1, to);
                    copy.setString(2, from);
                    copy.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new SyncFailure("cannot copy school '" + from + "' to '" + to + "' on " + database + ": "
                    + e.getMessage(), e);
        }
    }

    /** Notes a login role the bench made (with hub add-school or add-reader), to be dropped at the end. */
    public void made(String role) {
        if (!role.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a scratch role: " + role);
        }
        if (!roles.contains(role)) {
            roles.add(role);
        }
    }

    /** Keeps a database made here, and every role made so far, past the end: {@code bench sync --keep}. */
    public void keep(String address) {
        databases.remove(HubAddress.parse(address).database());
        roles.clear();
    }

    /** Drops one database made here. */
    public void drop(String address) {
        String database = HubAddress.parse(address).database();
        if (databases.remove(database)) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Drops every database and role made here that is still there. */
    @Override
    public void close() {
        try {
            for (String database : List.copyOf(databases)) {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            databases.clear();
            for (String role : roles) {
                execute("DROP ROLE IF EXISTS " + role);
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the server drops the connection
            }
        }
    }

    private void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SyncFailure("the server at " + server.server() + " refused '" + sql + "': "
                    + Optional.ofNullable(e.getMessage()).orElse(e.toString()), e);
        }
    }

    private String string(String sql) {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new SyncFailure("the server at " + server.server() + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
