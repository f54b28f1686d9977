package lategate.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a backup in the place of a school's database. The backup is checked in full first; the
 * database must not be open anywhere (a running kiosk holds SQLite's shared lock on it all the
 * time); the file replaced is kept beside as {@code NAME.replaced-STAMP} (with its WAL, so it
 * stays whole); and the backup goes in by one rename, so the database file is at every moment
 * either the old one or the restored one.
 */
public final class DatabaseRestore {

    /**
     * Where SQLite's unix locks live in a database file (the "pending byte" at 1 GiB, then the
     * reserved byte and the shared range): every open connection of a WAL database holds a read
     * lock in the shared range, so a write lock on it can be had only when nobody has it open.
     */
    private static final long SHARED_FIRST = 0x40000002L;
    private static final long SHARED_SIZE = 510;

    private DatabaseRestore() {
    }

    /** What a restore did. */
    public record Restored(Path database, Optional<Path> replacedKeptAs, int schemaVersion) {
    }

    /** Restores {@code backup} over {@code database} for {@code schoolId}; {@code stamp} names the kept file. */
    public static Restored restore(Path backup, Path database, String schoolId, String stamp) {
        DatabaseHealth.Report verified = SqliteBackups.verify(backup, schoolId, "the backup");
        Path folder = database.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new StoreException("the folder of the database " + database + " is not there: check --db");
        }
        Path temporary = database.resolveSibling(database.getFileName() + ".restoring");
        Path kept = database.resolveSibling(database.getFileName() + ".replaced-" + stamp);
        try (NotInUse ignored = NotInUse.check(database)) {
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel copied = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                copied.force(true);
            }
            Optional<Path> replaced = Optional.empty();
            ownerOnly(temporary); // a database holds pupils' records: 0600, whatever the backup folder's mode
            if (Files.exists(database)) {
                samePermissions(database, temporary);
                keep(database, kept);
                replaced = Optional.of(kept);
                // The old WAL belongs to the old file: beside the restored one SQLite would replay it into it.
                moveIfThere(sidecar(database, "-wal"), sidecar(kept, "-wal"));
                Files.deleteIfExists(sidecar(database, "-shm"));
            }
            Files.move(temporary, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SqliteBackups.syncFolder(folder);
            return new Restored(database, replaced, verified.schemaVersion());
        } catch (IOException e) {
            throw new StoreException("cannot restore " + database + " from " + backup + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover .restoring file is never opened as the database
            }
        }
    }

    private static Path sidecar(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /** The old file under its kept name: a hard link, so the database's own name is never missing. */
    private static void keep(Path database, Path kept) throws IOException {
        try {
            Files.createLink(kept, database);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(database, kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void moveIfThere(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions has nothing to set
        }
    }

    /** The restored file is as private as the one it replaces (0600 on a kiosk). */
    private static void samePermissions(Path from, Path to) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions has nothing to copy
        }
    }

    /**
     * Whether the database is open in any other process, asked of SQLite's own lock bytes; held
     * while the file is replaced so nothing opens it in between.
     */
    static final class NotInUse implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private NotInUse(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static NotInUse check(Path database) throws IOException {
            if (!Files.exists(database)) {
                return new NotInUse(null, null);
            }
            FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(SHARED_FIRST, SHARED_SIZE, false);
            } catch (OverlappingFileLockException | IOException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreException("the database " + database + " is open in another program (the kiosk, or "
                        + "another lategate command): stop the kiosk first, then run restore again; nothing was changed");
            }
            return new NotInUse(channel, lock);
        }

        /** Whether some other process has the database open now. */
        static boolean inUse(Path database) {
            try (NotInUse free = check(database)) {
                return false;
            } catch (StoreException e) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                lock.release();
                channel.close();
            }
        }
    }
}
