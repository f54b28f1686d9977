package lategate.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The register's triggers exactly as this lategate's migrations make them, found by running the
 * migrations on an empty database in memory: the one truth to hold a file's triggers up against,
 * with no second copy of them to keep in step.
 */
final class ExpectedSchema {

    private ExpectedSchema() {
    }

    /** Each trigger's name and its SQL as sqlite_master keeps it. */
    static Map<String, String> triggers() throws SQLException {
        SqliteNativeLibrary.prepare();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            for (String script : Database.scripts()) {
                s.executeUpdate(script);
            }
            Map<String, String> triggers = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
                while (r.next()) {
                    triggers.put(r.getString(1), r.getString(2));
                }
            }
            return triggers;
        }
    }
}
