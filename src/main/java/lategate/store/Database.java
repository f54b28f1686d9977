package lategate.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One lategate database: a SQLite file in WAL mode with synchronous=FULL, so a commit is on disk
 * before the call that made it returns, foreign keys on, and writers that wait for each other
 * (two kiosks on one file) instead of failing. Opening applies any schema migrations not yet
 * applied, in order, each in its own transaction.
 */
public final class Database implements AutoCloseable {

    /** The migration scripts, in order; PRAGMA user_version records how many are applied. */
    private static final List<String> MIGRATIONS = List.of("V001__register.sql", "V002__staff.sql");
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens an existing lategate database, applying any newer migrations. A missing file, or a
     * file that is not a lategate database, is refused rather than created or changed, so a
     * mistyped --db never starts an empty register beside the real one.
     */
    public static Database open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("there is no lategate database at " + file + ": check --db, or make one by "
                    + "importing the roster (lategate roster import)");
        }
        Database database = connect(file);
        try {
            if (database.schemaVersion() == 0) {
                throw new StoreException(file + " is not a lategate database: check --db");
            }
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens the database, making it (and its folder) if it does not exist yet. An existing file
     * that belongs to some other program is refused, never given lategate's tables.
     */
    public static Database create(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database " + file + ": " + e.getMessage(), e);
        }
        Database database = connect(file);
        try {
            if (database.schemaVersion() == 0 && database.hasTables()) {
                throw new StoreException(file + " already holds another program's data, not a lategate database: "
                        + "choose another --db");
            }
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Database connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            return new Database(file, source.getConnection());
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean hasTables() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                return r.getInt(1) > 0;
            }
        });
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Ties this file to one school on first use, and refuses it to any other school afterwards,
     * so that a roster or a scan can never land in another school's register.
     */
    public void belongsTo(String schoolId) {
        String owner = inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT school_id FROM school")) {
                if (r.next()) {
                    return r.getString(1);
                }
            }
            try (var insert = c.prepareStatement("INSERT INTO school (school_id, bound_at) VALUES (?, datetime('now'))")) {
                insert.setString(1, schoolId);
                insert.executeUpdate();
            }
            return schoolId;
        });
        if (!owner.equals(schoolId)) {
            throw new StoreException("the database " + file + " belongs to the school '" + owner + "', not '"
                    + schoolId + "': check --school and --db");
        }
    }

    /** The schema version: how many migrations have been applied. */
    public int schemaVersion() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        }
    }

    /** Runs a read outside any explicit transaction. */
    <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        }
    }

    private void migrate() {
        int applied = schemaVersion();
        if (applied > MIGRATIONS.size()) {
            throw new StoreException("the database " + file + " is at schema version " + applied
                    + ", newer than this lategate knows (" + MIGRATIONS.size() + "): use a newer lategate");
        }
        for (int i = applied; i < MIGRATIONS.size(); i++) {
            String script = script(MIGRATIONS.get(i));
            int version = i + 1;
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(script);
                    s.executeUpdate("PRAGMA user_version = " + version);
                }
                return null;
            });
        }
    }

    private static String script(String name) {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new StoreException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name + ": " + e.getMessage(), e);
        }
    }

    private String describe(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return "the database " + file + " is locked by another program and stayed locked for "
                    + BUSY_TIMEOUT_MS / 1000 + " seconds: " + message;
        }
        if (message.contains("SQLITE_FULL")) {
            return "the disk holding " + file + " is full: nothing was saved: " + message;
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return "the database " + file + " is damaged or is not a lategate database: " + message;
        }
        return "database " + file + ": " + message;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Work against the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
