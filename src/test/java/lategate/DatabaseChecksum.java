package lategate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A digest of every row of every table of a database file: equal digests, the same data. */
public final class DatabaseChecksum {

    private DatabaseChecksum() {
    }

    public static String of(Path file) throws Exception {
        if (!Files.exists(file)) {
            return "absent";
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                digest.update(("table " + table + "\n").getBytes(StandardCharsets.UTF_8));
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update((r.getString(i) + "\u001f").getBytes(StandardCharsets.UTF_8));
                        }
                        digest.update((byte) '\n');
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                digest.update(("version " + r.getInt(1)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Counts the rows of one table. */
    public static int count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getInt(1);
        }
    }
}
