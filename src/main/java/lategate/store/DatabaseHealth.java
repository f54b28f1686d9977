package lategate.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Whether a database file is sound, read without changing it: a read-only connection (no
 * migration, no checkpoint), SQLite's own check of every page, and what the file says it is
 * (schema version, school). Used before the kiosk starts, before a backup, and on a backup before
 * a restore, so a file damaged by a power cut is named as such instead of failing later.
 */
public final class DatabaseHealth {

    /** How many of SQLite's problem lines are kept: the first few say enough. */
    private static final int LINES_KEPT = 3;

    private DatabaseHealth() {
    }

    /**
     * What a check found. {@code problem} is empty when the file is sound; {@code schemaVersion}
     * and {@code schoolId} are what the file holds (0 and empty when it could not say); {@code storage}
     * is set when the file could not be read because of the disk or the file system (full, mounted
     * read-only), which is no sign of damage.
     */
    public record Report(Path file, Optional<String> problem, int schemaVersion, Optional<String> schoolId,
                         Optional<StorageRefusal> storage) {

        public Report(Path file, Optional<String> problem, int schemaVersion, Optional<String> schoolId) {
            this(file, problem, schemaVersion, schoolId, Optional.empty());
        }

        /** Whether the file itself is damaged or not a lategate database, as against refused by its storage. */
        public boolean damaged() {
            return problem.isPresent() && storage.isEmpty();
        }

        public boolean sound() {
            return problem.isEmpty();
        }

        /** Whether the file is a lategate database at all (as far as could be read). */
        public boolean lategate() {
            return schemaVersion > 0;
        }
    }

    /** SQLite's quick check (every page's structure, not every index entry): fast enough for each start. */
    public static Report quick(Path file) {
        return check(file, "quick_check");
    }

    /** SQLite's full integrity check, indexes included: for a backup before it is kept or restored. */
    public static Report thorough(Path file) {
        return check(file, "integrity_check");
    }

    private static Report check(Path file, String pragma) {
        if (!Files.isRegularFile(file)) {
            return new Report(file, Optional.of("there is no file at " + file), 0, Optional.empty());
        }
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) Database.DEFAULT_BUSY_TIMEOUT.toMillis());
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            List<String> found = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
                while (r.next() && found.size() < LINES_KEPT) {
                    found.add(r.getString(1));
                }
            }
            if (!found.equals(List.of("ok"))) {
                return new Report(file, Optional.of("SQLite's check found damage: " + String.join("; ", found)),
                        0, Optional.empty());
            }
            int version;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.getInt(1);
            }
            if (version == 0) {
                return new Report(file, Optional.of("it is an SQLite file, but not a lategate database"), 0,
                        Optional.empty());
            }
            return new Report(file, Optional.empty(), version, schoolOf(c));
        } catch (SQLException e) {
            Optional<StorageRefusal> storage = StorageRefusal.of(file, e);
            return new Report(file, Optional.of(storage.map(StorageRefusal::words).orElseGet(() -> refusal(e))), 0,
                    Optional.empty(), storage);
        }
    }

    private static Optional<String> schoolOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT school_id FROM school LIMIT 1")) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
    }

    /** SQLite's refusal in words a member of staff can pass on. */
    private static String refusal(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "it is not a database file at all (SQLite: file is not a database)";
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "SQLite refuses to read it: the database disk image is malformed";
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return "SQLite cannot read it: " + message;
    }
}
