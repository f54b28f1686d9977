package lategate.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk, a read-only mount and a read-only file are not damage: each is named for what it is
 * and what to do, and none sends staff to restore a backup. SQLite's refusals are given as
 * sqlite-jdbc raises them (a real full disk or read-only mount needs root's mount: see
 * FullOrReadOnlyMountTest); a 0444 file is made for real and checked by its mode, since the build
 * runs as root, whom modes do not stop.
 */
@Tag("attack")
class FullOrReadOnlyStorageTest {

    @TempDir
    Path dir;

    private Path db() throws Exception {
        Path file = dir.resolve("school.db");
        Database.create(file).close();
        return file;
    }

    @Test
    @DisplayName("SQLITE_FULL says the disk is full, where to free space, and that nothing is damaged")
    void diskFull() throws Exception {
        Path db = db();
        SQLiteException full = new SQLiteException("[SQLITE_FULL] Insertion failed because database is full "
                + "(database or disk is full)", SQLiteErrorCode.SQLITE_FULL);
        assertEquals("the disk is full: free space on " + dir + "; nothing is damaged, but nothing can be saved "
                + "until there is room", Database.why(db, full));
        assertEquals(StorageRefusal.Kind.DISK_FULL, StorageRefusal.of(db, full, false).orElseThrow().kind());
    }

    @Test
    @DisplayName("SQLITE_IOERR_SHMSIZE is a full disk beside the database, not damage")
    void sharedMemoryFull() throws Exception {
        Path db = db();
        SQLiteException shm = new SQLiteException("[SQLITE_IOERR_SHMSIZE] disk I/O error",
                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
        String words = Database.why(db, shm);
        assertTrue(words.startsWith("the disk is full: SQLite could not make room for its shared memory file beside "
                + "the database (school.db-shm); free space on " + dir + "; nothing is damaged"), words);
        assertEquals(StorageRefusal.Kind.NO_ROOM_FOR_SHARED_MEMORY,
                StorageRefusal.of(db, shm, false).orElseThrow().kind());
    }

    @Test
    @DisplayName("SQLITE_CANTOPEN on a read-only mount names the mount, not SQLite's 'unable to open'")
    void cannotOpenOnAReadOnlyMount() throws Exception {
        Path db = db();
        SQLiteException cantOpen = new SQLiteException("[SQLITE_CANTOPEN] Unable to open the database file",
                SQLiteErrorCode.SQLITE_CANTOPEN);
        StorageRefusal refusal = StorageRefusal.of(db, cantOpen, true).orElseThrow();
        assertEquals(StorageRefusal.Kind.READ_ONLY_MOUNT, refusal.kind());
        assertTrue(refusal.words().startsWith("the file system holding " + dir + " is mounted read-only, so nothing "
                + "can be saved; nothing is damaged"), refusal.words());
        assertTrue(StorageRefusal.of(db, cantOpen, false).isEmpty(), "a readable file on a writable mount keeps "
                + "SQLite's words");
    }

    @Test
    @DisplayName("SQLITE_READONLY on a 0444 file names the mode and the chmod; on a writable one, the wrong user")
    void readOnlyRefusals() throws Exception {
        Path db = db();
        SQLiteException readOnly = new SQLiteException("[SQLITE_READONLY] Attempt to write a readonly database",
                SQLiteErrorCode.SQLITE_READONLY);
        assertTrue(Database.why(db, readOnly).startsWith("permission denied: user "), Database.why(db, readOnly));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals("the database file " + db.toAbsolutePath() + " is read-only (mode 0444): nothing is damaged; let "
                + "its owner write it again (chmod 600 " + db.toAbsolutePath() + ") and start lategate again",
                Database.why(db, readOnly));
        assertEquals(StorageRefusal.Kind.READ_ONLY_FILE, StorageRefusal.of(db, readOnly, false).orElseThrow().kind());
        assertEquals(StorageRefusal.Kind.READ_ONLY_MOUNT, StorageRefusal.of(db, readOnly, true).orElseThrow().kind(),
                "a read-only mount is named first: chmod cannot help there");
    }

    @Test
    @DisplayName("a 0444 database is refused on opening, before anything is written, even to root")
    void readOnlyFileRefusedAtOpen() throws Exception {
        Path db = db();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(db);
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(db));
        assertTrue(refused.getMessage().contains("is read-only (mode 0444)"), refused.getMessage());
        assertEquals(StorageRefusal.Kind.READ_ONLY_FILE, refused.storage().orElseThrow().kind());
        StoreException created = assertThrows(StoreException.class, () -> Database.create(db));
        assertEquals(StorageRefusal.Kind.READ_ONLY_FILE, created.storage().orElseThrow().kind());
        assertArrayEquals(before, Files.readAllBytes(db), "the file is left exactly as it was");
        assertTrue(DatabaseHealth.quick(db).sound(), "and it is sound: read-only is not damage");
    }

    @Test
    @DisplayName("the mode is read as the file has it: 0400 and 0440 are read-only too, 0600 is not")
    void modes() throws Exception {
        Path db = db();
        assertTrue(StorageRefusal.readOnlyMode(db).isEmpty());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--------"));
        assertEquals("0400", StorageRefusal.readOnlyMode(db).orElseThrow());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r-----"));
        assertEquals("0440", StorageRefusal.readOnlyMode(db).orElseThrow());
        assertFalse(StorageRefusal.beforeWriting(dir.resolve("absent.db")).isPresent());
    }
}
