package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk and a really read-only mount: a tiny tmpfs, filled or remounted read-only.
 * Mounting needs root and a system that allows it; elsewhere these are skipped, and
 * FullOrReadOnlyStorageTest covers the same refusals as sqlite-jdbc raises them.
 */
@Tag("attack")
class FullOrReadOnlyMountTest {

    @TempDir
    Path dir;
    private Path mount;

    @BeforeEach
    void tinyFileSystem() throws Exception {
        mount = Files.createDirectory(dir.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()),
                "mounting a tmpfs is not permitted here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    @DisplayName("a save on a full disk says the disk is full and nothing is damaged; the file stays sound")
    void fullDisk() throws Exception {
        Path db = mount.resolve("school.db");
        try (Database database = Database.create(db)) {
            try (OutputStream filler = Files.newOutputStream(mount.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    filler.write(block);
                    filler.flush();
                }
            } catch (IOException noSpaceLeft) {
                // the disk is full now, as on a kiosk whose logs filled it
            }
            StoreException refused = assertThrows(StoreException.class, () -> database.belongsTo("school"));
            assertEquals(StorageRefusal.Kind.DISK_FULL, refused.storage().orElseThrow().kind(), refused.getMessage());
            assertTrue(refused.getMessage().contains("the disk is full: free space on " + mount
                    + "; nothing is damaged"), refused.getMessage());
        }
        Files.delete(mount.resolve("filler"));
        assertTrue(DatabaseHealth.quick(db).sound(), "a full disk damaged nothing");
    }

    @Test
    @DisplayName("a database on a read-only mount is refused on opening, naming the mount, and is not called damaged")
    void readOnlyMount() throws Exception {
        Path db = mount.resolve("school.db");
        Database.create(db).close();
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", mount.toString()), "remounting is not permitted");
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(db));
        assertEquals(StorageRefusal.Kind.READ_ONLY_MOUNT, refused.storage().orElseThrow().kind(), refused.getMessage());
        assertTrue(refused.getMessage().contains("the file system holding " + mount + " is mounted read-only"),
                refused.getMessage());
        DatabaseHealth.Report health = DatabaseHealth.quick(db);
        assertTrue(health.sound() || !health.damaged(), "a read-only mount is never reported as damage: " + health);
    }
}
