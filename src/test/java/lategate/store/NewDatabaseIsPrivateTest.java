package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewDatabaseIsPrivateTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseAndItsWriteAheadLogAreReadableByTheirOwnerOnly() throws Exception {
        Path file = dir.resolve("school.db");
        try (Database database = Database.create(file)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Path wal = dir.resolve("school.db-wal");
            if (Files.exists(wal)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
            }
        }
    }

    @Test
    void anExistingDatabaseKeepsTheModeItsOwnerGaveIt() throws Exception {
        Path file = dir.resolve("school.db");
        Database.create(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Database.create(file).close();
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
