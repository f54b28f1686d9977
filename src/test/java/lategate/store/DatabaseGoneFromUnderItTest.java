package lategate.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import lategate.StoreFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register is a legal record (Oak Meadow §7, PSA §H): a save confirmed to a pupil must be on
 * the file the school keeps. A database deleted or replaced under a running kiosk takes no more
 * commits, so nothing is confirmed into a file nobody will read again.
 */
@Tag("attack")
class DatabaseGoneFromUnderItTest {

    @TempDir
    Path dir;

    private Database school() {
        return StoreFixture.databaseWith(dir.resolve("s.db"), "russell",
                List.of(StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001")));
    }

    private static void write(Database database) {
        database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS probe (x INTEGER)");
                s.executeUpdate("INSERT INTO probe VALUES (1)");
            }
            return null;
        });
    }

    @Test
    @DisplayName("a database file deleted while open refuses the next commit, naming the file")
    void deletedFileRefusesCommits() throws Exception {
        try (Database database = school()) {
            write(database);
            for (String end : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(dir.resolve("s.db" + end));
            }
            StoreException refused = assertThrows(StoreException.class, () -> write(database));
            assertTrue(refused.getMessage().contains("s.db was deleted while lategate had it open"),
                    refused.getMessage());
        }
    }

    @Test
    @DisplayName("a database file replaced by another while open refuses the next commit")
    void replacedFileRefusesCommits() throws Exception {
        try (Database database = school()) {
            write(database);
            Path other = dir.resolve("other.db");
            Files.copy(dir.resolve("s.db"), other);
            Files.move(other, dir.resolve("s.db"), StandardCopyOption.REPLACE_EXISTING);
            StoreException refused = assertThrows(StoreException.class, () -> write(database));
            assertTrue(refused.getMessage().contains("replaced by another file"), refused.getMessage());
        }
    }
}
