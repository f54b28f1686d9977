package lategate.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * sqlite-jdbc's native library, extracted once per user and sqlite-jdbc version instead of on
 * every start.
 *
 * <p>Left to itself, sqlite-jdbc 3.x (SQLiteJDBCLoader) works out its platform folder on every
 * start (on Linux that runs {@code uname -o} in a child process and resolves every file the JVM
 * has mapped, looking for musl), copies the library out of the jar to {@code java.io.tmpdir}
 * under a new random name, reads the whole resource back through a fresh, uncached jar
 * connection and compares it with the copy byte by byte, loads it, and deletes it at exit. Only
 * when {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} name a library that loads does
 * it skip all that. So lategate keeps one copy in
 * {@code $XDG_CACHE_HOME/lategate/sqlite-VERSION/OS/ARCH/} (else {@code ~/.cache/lategate/...}),
 * in folders of mode 0700 owned by the user, checks it on every start against the library's own
 * entry in the jar (its size, and its CRC-32 from the jar's directory: no decompression), and
 * points sqlite-jdbc at it, which loads it. A copy that is missing, truncated, corrupt or
 * changed is written again: into a temporary file beside it, checked, then renamed over it, so
 * two kiosks starting at once never see half a file. Anything else (no home folder, a folder
 * that cannot be written or belongs to someone else, a library that will not load from there,
 * an unusual platform, the library not inside a jar, or the properties already set by whoever
 * started the JVM) leaves sqlite-jdbc to do exactly what it did before.
 *
 * <p>The CRC-32 guards against accidents (a disk error, a half-written file, another version),
 * not against a determined forger; but only the user (or root) can write these folders, and
 * such a person can already change the jar or the user's shell.
 */
final class SqliteNativeLibrary {

    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private SqliteNativeLibrary() {
    }

    /**
     * Before the first connection: loads the cached library and points sqlite-jdbc at it, or
     * does nothing, leaving sqlite-jdbc's own extraction. Never fails; the work is done once per
     * JVM, by the first call (the JVM initialises {@link Once} exactly once, under its own lock).
     *
     * @return whether sqlite-jdbc was pointed at the cached library
     */
    static boolean prepare() {
        return Once.USES_CACHE;
    }

    private static final class Once {
        static final boolean USES_CACHE = useCache();
    }

    private static boolean useCache() {
        if (System.getProperty(LIB_PATH) != null || System.getProperty(LIB_NAME) != null
                || SqliteNativeLibrary.class.getClassLoader() != org.sqlite.SQLiteJDBCLoader.class.getClassLoader()) {
            return false;
        }
        try {
            Optional<Path> root = cacheRoot(System.getenv(), System.getProperty("user.home"));
            if (root.isEmpty()) {
                return false;
            }
            Optional<Path> library = extracted(root.get(), org.sqlite.SQLiteJDBCLoader.getVersion(), resourceName(),
                    SqliteNativeLibrary.class.getClassLoader());
            if (library.isEmpty()) {
                return false;
            }
            // Not loaded here: sqlite-jdbc loads it, once per JVM. Loading it ourselves put a second
            // copy beside one sqlite-jdbc had already extracted (a JVM that opened SQLite before
            // lategate did) and crashed the JVM. A copy that will not load from this folder (a
            // home mounted noexec, say) is skipped by sqlite-jdbc's loader, which then extracts
            // to the temporary folder as it always did.
            System.setProperty(LIB_PATH, library.get().getParent().toString());
            System.setProperty(LIB_NAME, library.get().getFileName().toString());
            return true;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // sqlite-jdbc extracts it to the temporary folder, as it always did
            return false;
        }
    }

    /**
     * Where lategate keeps files it can make again: $XDG_CACHE_HOME/lategate when that is an
     * absolute path (the XDG rule), else ~/.cache/lategate; none without a home folder.
     */
    static Optional<Path> cacheRoot(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "lategate"));
        }
        if (userHome == null || userHome.isEmpty() || !Path.of(userHome).isAbsolute()
                || !Files.isDirectory(Path.of(userHome))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(userHome, ".cache", "lategate"));
    }

    /**
     * The library's resource in the jar for this platform, named as sqlite-jdbc names it. The
     * common case (Linux on x86_64 or aarch64, not Android) is worked out here from what the JVM
     * already knows and from /proc/self/maps, which names the same mapped files sqlite-jdbc looks
     * through for musl; anything else asks sqlite-jdbc's own OSInfo, which is slower (it starts
     * {@code uname}) but always right.
     */
    static String resourceName() {
        String folder = linuxFolder().orElseGet(org.sqlite.util.OSInfo::getNativeLibFolderPathForCurrentOS);
        return "org/sqlite/native/" + folder + "/" + System.mapLibraryName("sqlitejdbc");
    }

    private static Optional<String> linuxFolder() {
        if (!"Linux".equals(System.getProperty("os.name"))
                || System.getProperty("org.sqlite.osinfo.architecture") != null
                || System.getProperty("java.runtime.name", "").toLowerCase(Locale.ROOT).contains("android")
                || Files.exists(Path.of("/system/lib/libGLESv1_CM.so"))
                || Files.exists(Path.of("/system/lib64/libGLESv1_CM.so"))) {
            return Optional.empty();
        }
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        if (arch == null) {
            return Optional.empty();
        }
        try {
            String maps = new String(Files.readAllBytes(Path.of("/proc/self/maps")), StandardCharsets.ISO_8859_1);
            return Optional.of((maps.toLowerCase(Locale.ROOT).contains("musl") ? "Linux-Musl/" : "Linux/") + arch);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The library {@code resource} from {@code loader}'s jar, as a checked file under
     * {@code root/sqlite-VERSION/}: the copy already there when it matches the jar's entry, else
     * a new one. Empty when the resource is not in a jar, or the folder cannot be written or
     * made safe: sqlite-jdbc then does what it always did.
     */
    static Optional<Path> extracted(Path root, String version, String resource, ClassLoader loader) {
        try {
            return extract(root, version, resource, loader);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> extract(Path root, String version, String resource, ClassLoader loader)
            throws IOException {
        URL url = loader.getResource(resource);
        if (url == null || !url.getProtocol().equals("jar") || !url.getPath().startsWith("file:")
                || !url.getPath().contains("!/")) {
            return Optional.empty();
        }
        Path jar;
        try {
            jar = Path.of(URI.create(url.getPath().substring(0, url.getPath().indexOf("!/"))));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        String entryName = url.getPath().substring(url.getPath().indexOf("!/") + 2);
        // The JDK shares one parsed copy of a jar's directory between everyone who opens it, and
        // the class loader has this one open already: this reads no more of the jar than the entry.
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            String safeVersion = version.replaceAll("[^0-9A-Za-z.]", "");
            Path folder = root.resolve("sqlite-" + (safeVersion.isEmpty() ? "unknown" : safeVersion));
            String relative = resource.substring("org/sqlite/native/".length());
            for (String part : relative.split("/")) {
                folder = folder.resolve(part);
            }
            Path library = folder;
            folder = library.getParent();
            if (!ownerOnlyFolders(root, folder)) {
                return Optional.empty();
            }
            if (matches(library, entry)) {
                return Optional.of(library);
            }
            Path temporary = Files.createTempFile(folder, "." + library.getFileName(), ".tmp");
            try {
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(temporary)) {
                    in.transferTo(out);
                }
                Files.setPosixFilePermissions(temporary, OWNER_ONLY);
                if (!matches(temporary, entry)) {
                    return Optional.empty();
                }
                try {
                    Files.move(temporary, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    return Optional.empty();
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return matches(library, entry) ? Optional.of(library) : Optional.empty();
        }
    }

    /**
     * Makes each folder from {@code root} down to {@code folder} with mode 0700, and checks every
     * one of them (made now or before) is a real folder of this user that nobody else can write.
     */
    private static boolean ownerOnlyFolders(Path root, Path folder) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Path parent = root.getParent();
        if (parent != null && !Files.exists(parent)) {
            // ~/.cache itself, if this is the first program to use it: 0700, as XDG asks.
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        String user = System.getProperty("user.name");
        for (Path p = root; ; p = p.resolve(folder.getName(p.getNameCount()))) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another lategate made it a moment ago: checked below like any other
                }
            }
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    || !Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
                return false;
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (!mode.equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(p, OWNER_ONLY);
            }
            if (p.equals(folder)) {
                return true;
            }
        }
    }

    /** Whether {@code file} is a regular file with the entry's size and CRC-32. */
    private static boolean matches(Path file, ZipEntry entry) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue() == entry.getCrc();
    }
}
