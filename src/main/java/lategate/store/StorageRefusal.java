package lategate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The disk, the file system or the file's permissions refused a write, not the database: a full
 * disk, a read-only mount, a read-only file, the wrong user. Nothing in the file is damaged, so
 * staff must never be sent to restore a backup for it (which would lose the day's scans); each
 * kind says what to do instead.
 */
public record StorageRefusal(Kind kind, String words) {

    /** What refused, each with the heading staff see on the kiosk's screen. */
    public enum Kind {
        DISK_FULL("THE DISK IS FULL: NOTHING CAN BE SAVED"),
        NO_ROOM_FOR_SHARED_MEMORY("NO ROOM ON THE DISK FOR THE DATABASE'S SHARED MEMORY FILE"),
        READ_ONLY_MOUNT("THE DISK IS MOUNTED READ-ONLY: NOTHING CAN BE SAVED"),
        READ_ONLY_FILE("THE DATABASE FILE IS READ-ONLY: NOTHING CAN BE SAVED"),
        WRONG_USER("LATEGATE MAY NOT WRITE THE DATABASE: PERMISSION DENIED");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /**
     * SQLite's "read-only" refusals that come from the file system or permissions; not a file moved
     * or deleted under an open connection, which is a different problem.
     */
    private static final Set<SQLiteErrorCode> READ_ONLY = Set.of(SQLiteErrorCode.SQLITE_READONLY,
            SQLiteErrorCode.SQLITE_READONLY_DIRECTORY, SQLiteErrorCode.SQLITE_READONLY_CANTINIT,
            SQLiteErrorCode.SQLITE_READONLY_CANTLOCK);
    private static final Set<SQLiteErrorCode> CANNOT_OPEN = Set.of(SQLiteErrorCode.SQLITE_CANTOPEN,
            SQLiteErrorCode.SQLITE_PERM, SQLiteErrorCode.SQLITE_AUTH);

    public StorageRefusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
    }

    /**
     * What refuses {@code file} before anything is written to it: a file whose owner may not write it
     * (0444), or a file system mounted read-only. Checked by mode, not by trying: root, whom modes do
     * not stop, would otherwise write to a file someone made read-only on purpose, and a kiosk would
     * only learn of a read-only mount from its first pupil's "Not saved".
     */
    public static Optional<StorageRefusal> beforeWriting(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (readOnlyMount(file)) {
            return Optional.of(readOnlyMountOf(file));
        }
        return readOnlyMode(file).map(mode -> readOnlyFileOf(file, mode));
    }

    /** SQLite's refusal of {@code file} as one of these, when it is one; probes the file system's mount. */
    public static Optional<StorageRefusal> of(Path file, SQLException e) {
        return of(file, e, readOnlyMount(file));
    }

    /** As {@link #of(Path, SQLException)}, told whether the file system holding the file is mounted read-only. */
    static Optional<StorageRefusal> of(Path file, SQLException e, boolean readOnlyMount) {
        if (!(e instanceof SQLiteException sqlite)) {
            return Optional.empty();
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        if (code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
            return Optional.of(new StorageRefusal(Kind.NO_ROOM_FOR_SHARED_MEMORY, "the disk is full: SQLite could not "
                    + "make room for its shared memory file beside the database (" + file.getFileName() + "-shm); "
                    + "free space on " + folder(file) + "; nothing is damaged"));
        }
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return Optional.of(new StorageRefusal(Kind.DISK_FULL, "the disk is full: free space on " + folder(file)
                    + "; nothing is damaged, but nothing can be saved until there is room"));
        }
        if (READ_ONLY.contains(code)) {
            return Optional.of(readOnly(file, readOnlyMount));
        }
        if (CANNOT_OPEN.contains(code)) {
            if (readOnlyMount) {
                return Optional.of(readOnlyMountOf(file));
            }
            return Files.isReadable(file) ? Optional.empty() : Optional.of(new StorageRefusal(Kind.WRONG_USER,
                    "permission denied: user " + user() + " may not read it; run lategate as the user who owns the "
                            + "database (on a kiosk: sudo -u lategate lategate …)"));
        }
        return Optional.empty();
    }

    /** A write refused as read-only: the mount, then the file's mode, then (the usual slip) the wrong user. */
    private static StorageRefusal readOnly(Path file, boolean readOnlyMount) {
        if (readOnlyMount) {
            return readOnlyMountOf(file);
        }
        return readOnlyMode(file).map(mode -> readOnlyFileOf(file, mode)).orElseGet(() -> new StorageRefusal(
                Kind.WRONG_USER, "permission denied: user " + user() + " may read it but not write it and the files "
                + "SQLite keeps beside it in " + folder(file) + "; run lategate as the user who owns the database (on "
                + "a kiosk: sudo -u lategate lategate …)"));
    }

    private static StorageRefusal readOnlyMountOf(Path file) {
        return new StorageRefusal(Kind.READ_ONLY_MOUNT, "the file system holding " + folder(file) + " is mounted "
                + "read-only, so nothing can be saved; nothing is damaged; remount it read-write (a disk or SD card "
                + "with errors is often remounted read-only by the system: check it first)");
    }

    private static StorageRefusal readOnlyFileOf(Path file, String mode) {
        return new StorageRefusal(Kind.READ_ONLY_FILE, "the database file " + file.toAbsolutePath() + " is read-only "
                + "(mode " + mode + "): nothing is damaged; let its owner write it again (chmod 600 "
                + file.toAbsolutePath() + ") and start lategate again");
    }

    /** The file's mode in octal (0444) when its owner may not write it; empty when it may, or cannot be told. */
    static Optional<String> readOnlyMode(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        if (permissions.contains(PosixFilePermission.OWNER_WRITE)) {
            return Optional.empty();
        }
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal()); // the enum runs OWNER_READ … OTHERS_EXECUTE, high bit first
        }
        return Optional.of(String.format("0%03o", mode));
    }

    private static boolean readOnlyMount(Path file) {
        Path near = Files.exists(file) ? file : folder(file);
        try {
            return near != null && Files.getFileStore(near).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path folder(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static String user() {
        return System.getProperty("user.name");
    }
}
