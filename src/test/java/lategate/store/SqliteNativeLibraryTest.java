package lategate.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite-jdbc's native library, kept once per user and version instead of extracted on every start. */
class SqliteNativeLibraryTest {

    private static final String VERSION = "3.54.1.0";

    @TempDir
    Path dir;
    private Path root;
    private final String resource = SqliteNativeLibrary.resourceName();
    private final ClassLoader loader = SqliteNativeLibraryTest.class.getClassLoader();
    private byte[] inTheJar;

    @BeforeEach
    void readTheJarsCopy() throws IOException {
        root = dir.resolve("cache").resolve("lategate");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            assumeTrue(in != null, "sqlite-jdbc has no native library for this platform: " + resource);
            inTheJar = in.readAllBytes();
        }
    }

    private Path expected() {
        return root.resolve("sqlite-" + VERSION).resolve(resource.substring("org/sqlite/native/".length()));
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    @Test
    @DisplayName("a JVM that opened SQLite by plain JDBC first can still open a lategate database")
    void rawConnectionFirstDoesNotCrash(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RawSqliteFirst.class.getName(), work.toString())
                .redirectErrorStream(true);
        child.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(Files.exists(work.resolve("done")), output);
    }

    @Test
    @DisplayName("the quick platform check names the same library in the jar as sqlite-jdbc's own, slower one")
    void sameLibraryAsSqliteJdbc() {
        assertEquals("org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc"), resource);
    }

    @Test
    @DisplayName("the first use extracts the library, byte for byte, into folders only the user can open")
    void firstUseExtracts() throws IOException {
        Optional<Path> library = SqliteNativeLibrary.extracted(root, VERSION, resource, loader);

        assertEquals(Optional.of(expected()), library);
        assertArrayEquals(inTheJar, Files.readAllBytes(library.get()));
        for (Path folder = library.get().getParent(); !folder.equals(root.getParent()); folder = folder.getParent()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)), folder.toString());
        }
        try (var left = Files.list(library.get().getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside it");
        }
    }

    @Test
    @DisplayName("the second use reuses the same file without writing it again")
    void secondUseReuses() throws IOException {
        Path first = SqliteNativeLibrary.extracted(root, VERSION, resource, loader).orElseThrow();
        Object inode = inode(first);
        var modified = Files.getLastModifiedTime(first);

        Path second = SqliteNativeLibrary.extracted(root, VERSION, resource, loader).orElseThrow();

        assertEquals(first, second);
        assertEquals(inode, inode(second));
        assertEquals(modified, Files.getLastModifiedTime(second));
    }

    @Test
    @DisplayName("a corrupted, truncated or missing cached copy is replaced by a good one")
    void corruptedCopyIsReplaced() throws IOException {
        Path library = SqliteNativeLibrary.extracted(root, VERSION, resource, loader).orElseThrow();
        Object inode = inode(library);
        byte[] corrupted = inTheJar.clone();
        corrupted[corrupted.length / 2] ^= 0x5a;
        Files.write(library, corrupted);

        assertEquals(Optional.of(library), SqliteNativeLibrary.extracted(root, VERSION, resource, loader));
        assertArrayEquals(inTheJar, Files.readAllBytes(library));
        assertNotEquals(inode, inode(library), "replaced by a new file renamed over it, not patched in place");

        Files.write(library, new byte[] {0x7f, 'E', 'L', 'F'});
        assertEquals(Optional.of(library), SqliteNativeLibrary.extracted(root, VERSION, resource, loader));
        assertArrayEquals(inTheJar, Files.readAllBytes(library));

        Files.delete(library);
        assertEquals(Optional.of(library), SqliteNativeLibrary.extracted(root, VERSION, resource, loader));
        assertArrayEquals(inTheJar, Files.readAllBytes(library));
    }

    @Test
    @DisplayName("a cache folder that others could write is closed to the user alone before it is used")
    void looseFolderIsTightened() throws IOException {
        Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertTrue(SqliteNativeLibrary.extracted(root, VERSION, resource, loader).isPresent());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    }

    @Test
    @DisplayName("a cache that cannot be written falls back: nothing is returned and sqlite-jdbc extracts as before")
    void unwritableFallsBack() throws IOException {
        Files.createDirectories(root.getParent());
        Files.writeString(root, "a file where the cache folder should be");

        assertEquals(Optional.empty(), SqliteNativeLibrary.extracted(root, VERSION, resource, loader));
    }

    @Test
    @DisplayName("a read-only cache folder falls back (as a user other than root, whom modes do not stop)")
    void readOnlyFolderFallsBack() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-x------"));
        try {
            assertEquals(Optional.empty(), SqliteNativeLibrary.extracted(root, VERSION, resource, loader));
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @DisplayName("a cache folder that belongs to another user is not used (checked as root, who can give it away)")
    void someoneElsesFolderFallsBack() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a folder away");
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            assumeTrue(false, "no user 'nobody' here");
            return;
        }
        Files.createDirectories(root);
        Files.setOwner(root, nobody);

        assertEquals(Optional.empty(), SqliteNativeLibrary.extracted(root, VERSION, resource, loader));
    }

    @Test
    @DisplayName("a library that is not inside a jar is left to sqlite-jdbc")
    void notInAJarFallsBack() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve(resource).getParent());
        Files.write(classes.resolve(resource), inTheJar);
        try (URLClassLoader folderLoader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertEquals(Optional.empty(), SqliteNativeLibrary.extracted(root, VERSION, resource, folderLoader));
        }
    }

    @Test
    @DisplayName("the cache is under $XDG_CACHE_HOME when that is an absolute path, else under ~/.cache")
    void cacheRoot() {
        Path home = dir;
        assertEquals(Optional.of(Path.of("/var/cache/kiosk/lategate")),
                SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "/var/cache/kiosk"), home.toString()));
        assertEquals(Optional.of(home.resolve(".cache/lategate")),
                SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "relative/cache"), home.toString()));
        assertEquals(Optional.of(home.resolve(".cache/lategate")), SqliteNativeLibrary.cacheRoot(Map.of(), home.toString()));
        assertEquals(Optional.empty(), SqliteNativeLibrary.cacheRoot(Map.of(), null));
        assertEquals(Optional.empty(), SqliteNativeLibrary.cacheRoot(Map.of(), dir.resolve("no-such-home").toString()));
    }

    @Test
    @DisplayName("opening a database points sqlite-jdbc at the cached library")
    void databasesUseTheCache() {
        Optional<Path> cache = SqliteNativeLibrary.cacheRoot(System.getenv(), System.getProperty("user.home"));
        assumeTrue(cache.isPresent(), "no cache folder here");
        try (Database database = Database.create(dir.resolve("d.db"))) {
            assertTrue(database.schemaVersion() > 0);
        }
        assertTrue(SqliteNativeLibrary.prepare(), "the first connection used the cache");
        String path = System.getProperty(SqliteNativeLibrary.LIB_PATH);
        assertTrue(path != null && Path.of(path).startsWith(cache.get()), "org.sqlite.lib.path is " + path);
        assertTrue(Files.isRegularFile(Path.of(path, System.getProperty(SqliteNativeLibrary.LIB_NAME))));
    }
}
