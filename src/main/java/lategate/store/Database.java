package lategate.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One lategate database: a SQLite file in WAL mode with synchronous=FULL, so a commit is on disk
 * before the call that made it returns, foreign keys on, and writers that wait for each other
 * (two kiosks on one file) instead of failing. Opening applies any schema migrations not yet
 * applied, in order, each in its own transaction.
 */
public final class Database implements AutoCloseable, lategate.app.held.RegisterFile {

    /** The migration scripts, in order; PRAGMA user_version records how many are applied. */
    private static final List<String> MIGRATIONS = List.of("V001__register.sql", "V002__staff.sql",
            "V003__contacts.sql", "V004__movements_and_amendments.sql", "V005__lunch_passes.sql",
            "V006__stage_decisions.sql", "V007__outbox.sql", "V008__repeat_index.sql", "V009__badge_issues.sql",
            "V010__scan_sources.sql", "V011__trusted_time.sql", "V012__purge.sql",
            "V013__purge_clock_records.sql", "V014__claim_decisions.sql", "V015__register_chain.sql",
            "V016__migration_checksums.sql", "V017__pupil_date_of_birth.sql", "V018__late_bus_modes.sql",
            "V019__fire_rolls.sql", "V020__arrival_sign_in.sql", "V021__cards_badge_2.sql",
            "V022__contacts_phones_and_flags.sql", "V023__history_indexes.sql");
    /** The version whose migration starts the register chain; from it on, every write is sealed. */
    private static final int CHAIN_VERSION = 15;
    /**
     * The version whose migration makes the table of migration checksums: it records its own and
     * every earlier one's, and each later migration records its own as it runs.
     */
    private static final int CHECKSUM_VERSION = 16;
    /** How long a command waits for another writer: long enough for a kiosk's commit to finish. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);

    /** The schema version this lategate brings a database to: a newer file is not one it can use. */
    public static int newestSchemaVersion() {
        return MIGRATIONS.size();
    }

    private final Path file;
    private final SQLiteDataSource source;
    private final Duration busyTimeout;
    private Connection connection;
    /** Whether this connection notes what it writes for the register chain (once the schema has the chain). */
    private boolean chainInstalled;

    /** The open file's identity (device and inode) when it was opened, to know it is still the one at the path. */
    private final Object fileKey;

    private Database(Path file, SQLiteDataSource source, Duration busyTimeout) throws SQLException {
        this.file = file;
        this.source = source;
        this.busyTimeout = busyTimeout;
        this.connection = source.getConnection();
        this.fileKey = fileKeyAt(file);
    }

    private static Object fileKeyAt(Path file) {
        try {
            return java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Whether the file at the path is still the one this connection has open: one stat of the path,
     * cheap beside a commit's fsync. SQLite's own PRAGMA data_version cannot tell: it counts other
     * connections' commits to the file this one has open, and a deleted or replaced file takes none.
     */
    @Override
    public Optional<Gone> gone() {
        if (fileKey == null) {
            return Optional.empty(); // no file identity on this file system: nothing to compare
        }
        Object now = fileKeyAt(file);
        return fileKey.equals(now) ? Optional.empty() : Optional.of(new Gone(file.toString(), now != null));
    }

    /**
     * Refuses to commit once the file at the path is no longer the one this connection has open
     * (deleted, or replaced by another file): a commit then would go to a file nobody will read
     * again, and a pupil would be told they were saved.
     */
    private void checkStillAtItsPath() {
        gone().ifPresent(gone -> {
            throw new StoreException("the database file " + file + " was " + gone.how() + " while lategate had it "
                    + "open: nothing more is saved; stop the kiosk, put the register's file back (or restore a "
                    + "backup) and start it again");
        });
    }

    /**
     * Opens an existing lategate database, applying any newer migrations. A missing file, or a
     * file that is not a lategate database, is refused rather than created or changed, so a
     * mistyped --db never starts an empty register beside the real one.
     */
    public static Database open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * Opens an existing lategate database that waits at most {@code busyTimeout} for another
     * writer: a kiosk must tell a pupil "not saved" in a moment, not freeze for ten seconds.
     */
    public static Database open(Path file, Duration busyTimeout) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("there is no lategate database at " + file + ": check --db, or make one by "
                    + "importing the roster (lategate roster import)");
        }
        refuseReadOnly(file);
        Database database = connect(file, busyTimeout);
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
        refuseReadOnly(file);
        createPrivately(file);
        Database database = connect(file, DEFAULT_BUSY_TIMEOUT);
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

    /**
     * Makes a new database with its first contents in one step: {@code fill} runs on a temporary
     * file beside it, which becomes {@code file} only once filled and closed. A first import killed
     * half way leaves no file at {@code file} that other commands would take for a register (a
     * schema with no roster), only the temporary one, which nothing opens. Refused when {@code file}
     * exists, or is made meanwhile by another program, which is never overwritten.
     */
    public static <T> T createWith(Path file, java.util.function.Function<Database, T> fill) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database " + file + ": " + e.getMessage(), e);
        }
        if (Files.exists(file)) {
            throw new StoreException("the database " + file + " exists already: it was not made again");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, file.getFileName() + ".", ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
        try {
            T made;
            try (Database database = create(temporary)) {
                made = fill.apply(database);
            }
            // closing the only connection checkpointed the write-ahead log into the file and removed it
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            putInPlace(temporary, file);
            return made;
        } catch (IOException e) {
            throw new StoreException("cannot create the database " + file + ": " + e.getMessage(), e);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + suffix));
                } catch (IOException e) {
                    // a leftover temporary file is never opened as a register; it can be deleted by hand
                }
            }
        }
    }

    /**
     * A hard link puts the finished file in place atomically without replacing one made meanwhile;
     * where links are not supported, a check and a rename, which leaves a narrow window instead.
     */
    private static void putInPlace(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("the database " + file + " was made by another program meanwhile: this one "
                    + "was not put in its place; run the command again", e);
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(file)) {
                throw new StoreException("the database " + file + " was made by another program meanwhile: this "
                        + "one was not put in its place; run the command again", noLinks);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        try (var channel = java.nio.channels.FileChannel.open(file.toAbsolutePath().getParent(),
                java.nio.file.StandardOpenOption.READ)) {
            channel.force(true); // the new name is on disk too before the import says it is done
        } catch (IOException notOnThisSystem) {
            // some file systems cannot force a folder; the file's own contents are forced already
        }
    }

    /**
     * Every command that opens the database may write to it (binding it to its school, applying a
     * migration, a scan), so a read-only file or mount is refused now, before anything is done,
     * rather than at the first save, and never taken for damage.
     */
    private static void refuseReadOnly(Path file) {
        StorageRefusal.beforeWriting(file).ifPresent(refusal -> {
            throw StoreException.refusedBy(refusal, "cannot open the database " + file + ": " + refusal.words(), null);
        });
    }

    /**
     * A new database holds pupils' records, so only its owner may read it (mode 600), whatever
     * the umask; SQLite gives its -wal and -shm files the database's own mode.
     */
    private static void createPrivately(Path file) {
        if (Files.exists(file) || !file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // another process made it first: SQLite opens that one
        } catch (IOException e) {
            throw new StoreException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static Database connect(Path file, Duration busyTimeout) {
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            return new Database(file, source, busyTimeout);
        } catch (SQLException e) {
            throw refused("cannot open the database " + file + ": ", file, e);
        }
    }

    /**
     * SQLite's reason in the words of the person who must fix it: a full disk, a read-only mount or
     * file, or running as the wrong user (the usual cause on a kiosk, whose database is the lategate
     * user's, mode 600, in a folder only it may write), where SQLite's own message speaks of journal
     * files and read-only databases.
     */
    static String why(Path file, SQLException e) {
        return StorageRefusal.of(file, e).map(StorageRefusal::words).orElseGet(e::getMessage);
    }

    /** The exception for a refusal, carrying what refused when it was the storage, not the database. */
    private static StoreException refused(String prefix, Path file, SQLException e) {
        Optional<StorageRefusal> storage = StorageRefusal.of(file, e);
        return storage.map(r -> StoreException.refusedBy(r, prefix + r.words(), e))
                .orElseGet(() -> new StoreException(prefix + e.getMessage(), e));
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
     * Puts a wrapper round this database's connection, for a test that reads the statements the
     * store runs (to check their query plans against the real schema without copying their text).
     */
    void wrapConnection(java.util.function.UnaryOperator<Connection> wrap) {
        connection = wrap.apply(connection);
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
            throw refused("cannot read the schema version of " + file + ": ", file, e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    /**
     * Runs work in one transaction and commits it, or with {@code keep} false rolls it back once
     * done: a rehearsal that sees exactly what the work would do (a purge's dry run) and changes nothing.
     */
    <T> T inTransaction(SqlWork<T> work, boolean keep) {
        try {
            boolean sealing = keep && sealsWrites();
            connection.setAutoCommit(false); // begins IMMEDIATE: may fail on another writer's lock
            T result = work.run(connection);
            if (keep) {
                if (sealing) {
                    RegisterChain.seal(connection);
                }
                checkStillAtItsPath();
                connection.commit();
            } else {
                connection.rollback();
            }
            restoreAutoCommit();
            return result;
        } catch (SQLException | RuntimeException e) {
            recover();
            if (e instanceof SQLException sql) {
                throw described(sql);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Installs this connection's notes of what it writes, once the schema has the chain (before
     * then, during the migrations, there is nothing to seal into).
     */
    private boolean sealsWrites() throws SQLException {
        if (!chainInstalled && schemaVersion() >= CHAIN_VERSION) {
            RegisterChain.install(connection);
            chainInstalled = true;
        }
        return chainInstalled;
    }

    private void restoreAutoCommit() throws SQLException {
        connection.setAutoCommit(true);
    }

    /**
     * After a failed transaction, puts the connection back in a clean state; if it cannot say
     * for sure that it is clean (a BEGIN refused by a lock leaves the driver half-switched), it
     * starts a fresh connection, so the next save is neither refused nor wrongly reported.
     */
    private void recover() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException notClean) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is being replaced either way
            }
            try {
                connection = source.getConnection();
                chainInstalled = false; // TEMP triggers belong to the connection that was replaced
            } catch (SQLException e) {
                throw refused("cannot reopen the database " + file + ": ", file, e);
            }
        }
    }

    /** Runs a read outside any explicit transaction. */
    <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw described(e);
        }
    }

    private void migrate() {
        int applied = schemaVersion();
        if (applied > MIGRATIONS.size()) {
            throw new StoreException("the database " + file + " is at schema version " + applied
                    + ", newer than this lategate knows (" + MIGRATIONS.size() + "): use a newer lategate");
        }
        List<MigrationChecksums.Shipped> shipped = shipped();
        if (applied >= CHECKSUM_VERSION) {
            read(c -> {
                MigrationChecksums.verify(c, file, shipped);
                return null;
            });
        }
        for (int i = applied; i < MIGRATIONS.size(); i++) {
            String script = script(MIGRATIONS.get(i));
            int version = i + 1;
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(script);
                    if (version == CHAIN_VERSION) {
                        RegisterChain.sealExisting(c);
                    }
                    if (version >= CHECKSUM_VERSION) {
                        // the checksum migration records every migration before it: they ran unrecorded
                        MigrationChecksums.record(c, shipped, version == CHECKSUM_VERSION ? 1 : version, version);
                    }
                    s.executeUpdate("PRAGMA user_version = " + version);
                }
                return null;
            });
            chainInstalled = false; // a table this migration made is noted from the next transaction on
        }
    }

    /**
     * The shipped migrations' checksums: every open compares them with the file's. A constant of the
     * jar, worked out the first time it is asked for (the holder class loads then), never changed.
     */
    private static final class ShippedChecksums {
        static final List<MigrationChecksums.Shipped> ALL = MigrationChecksums.listed(MIGRATIONS,
                resource(MigrationChecksums.LISTED), i -> script(MIGRATIONS.get(i)));
    }

    private static List<MigrationChecksums.Shipped> shipped() {
        return ShippedChecksums.ALL;
    }

    /** The migrations' file names, in order, as this lategate runs them. */
    static List<String> migrationNames() {
        return MIGRATIONS;
    }

    /** Every migration's script, in order: what a database this lategate made holds. */
    static List<String> scripts() {
        return MIGRATIONS.stream().map(Database::script).toList();
    }

    private static String script(String name) {
        return resource("migrations/" + name);
    }

    private static String resource(String name) {
        try (InputStream in = Database.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private StoreException described(SQLException e) {
        Optional<StorageRefusal> storage = StorageRefusal.of(file, e);
        if (storage.isPresent()) {
            return StoreException.refusedBy(storage.get(), "nothing was saved to " + file + ": "
                    + storage.get().words(), e);
        }
        return new StoreException(describe(e), e);
    }

    private String describe(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return "the database " + file + " is locked by another program and stayed locked for "
                    + busyTimeout.toMillis() + " ms: " + message;
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
