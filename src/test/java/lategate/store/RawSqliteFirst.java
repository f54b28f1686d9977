package lategate.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a JVM of its own by {@link SqliteNativeLibraryTest}: opens SQLite through plain JDBC
 * (sqlite-jdbc extracts its library to /tmp), then through lategate's Database (the cache).
 * Before the fix the second loaded another copy of the library and the JVM crashed.
 */
public final class RawSqliteFirst {

    private RawSqliteFirst() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db"))) {
            raw.createStatement().execute("CREATE TABLE t (x)");
        }
        try (Database database = Database.create(dir.resolve("lategate.db"))) {
            database.belongsTo("demo");
        }
        Files.writeString(dir.resolve("done"), "ok");
    }
}
