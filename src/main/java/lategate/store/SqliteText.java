package lategate.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A text column read as the UTF-8 bytes SQLite holds (lategate's databases are always UTF-8),
 * decoded here. sqlite-jdbc's {@code getString} hands each value across JNI as a new direct
 * ByteBuffer before decoding the same bytes, several times the cost of {@code getBytes}
 * (docs/architecture.md, "Where a report's time goes, cold"). Used by the stores whose reads a
 * report makes in thousands of rows, for every text column they read; the text is the same.
 */
final class SqliteText {

    private SqliteText() {
    }

    /** The column's text, or null for SQL NULL, as {@link ResultSet#getString} gives it. */
    static String of(ResultSet r, int column) throws SQLException {
        byte[] bytes = r.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
