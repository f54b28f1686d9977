package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an IT person reads when lategate runs as the wrong user for its database (the usual slip on
 * a kiosk, whose database is the lategate user's, mode 600). Permissions cannot be tried for real
 * here: the build runs as root, whom they do not stop; so SQLite's refusals, as sqlite-jdbc raises
 * them, are given to the words directly.
 */
class DatabaseRefusedByPermissionsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a database that may be read but whose folder may not be written says so, and which user to run as")
    void readOnlyFolder() throws Exception {
        Path db = Files.createFile(dir.resolve("school.db"));
        String words = Database.why(db, new SQLiteException("[SQLITE_READONLY_DIRECTORY] Process does not have "
                + "permission to create a journal file", SQLiteErrorCode.SQLITE_READONLY_DIRECTORY));
        assertTrue(words.startsWith("permission denied: user " + System.getProperty("user.name")
                + " may read it but not write it and the files SQLite keeps beside it in " + dir), words);
        assertTrue(words.contains("sudo -u lategate lategate"), words);
    }

    @Test
    @DisplayName("a database that may not be read at all says permission denied, not 'unable to open database file'")
    void unreadable() throws Exception {
        Path db = dir.resolve("absent-or-unreadable.db");
        String words = Database.why(db, new SQLiteException("[SQLITE_CANTOPEN] Unable to open the database file",
                SQLiteErrorCode.SQLITE_CANTOPEN));
        assertTrue(words.startsWith("permission denied: user "), words);
    }

    @Test
    @DisplayName("any other refusal keeps SQLite's own words")
    void otherwiseSqlitesWords() throws Exception {
        String message = "[SQLITE_CORRUPT] The database disk image is malformed";
        assertEquals(message, Database.why(dir.resolve("x.db"), new SQLiteException(message,
                SQLiteErrorCode.SQLITE_CORRUPT)));
    }
}
