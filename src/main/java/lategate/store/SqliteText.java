package lategate.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A text column read as the UTF-8 bytes SQLite holds, decoded here. sqlite-jdbc's {@code getString}
 * hands each value across JNI as a new direct ByteBuffer before decoding the same bytes, several
 * times the cost of {@code getBytes}: a block's 3,628 first scans with five text columns each took
 * 30 ms warm and 54 ms cold that way, 8 ms and 33 ms this way (docs/architecture.md, "Where a
 * report's time goes, cold"). Used where a read takes thousands of rows; the text is the same.
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
