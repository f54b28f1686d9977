package lategate.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lategate.app.backup.BackupName;

/**
 * One school's backups in one folder (a USB stick or a local folder). A backup is SQLite's
 * {@code VACUUM INTO}, a consistent copy taken inside a read transaction, so the kiosk goes on
 * recording while it is made. It is written under a temporary name, forced to disk, checked in
 * full (integrity and school), and only then renamed to its real name: a backup that exists
 * under its real name is whole and sound, whatever happened while it was made.
 */
public final class SqliteBackups {

    private final Path folder;
    private final String schoolId;

    public SqliteBackups(Path folder, String schoolId) {
        this.folder = folder;
        this.schoolId = schoolId;
    }

    /** A backup in the folder. */
    public record Backup(Path file, BackupName name, long bytes) {
    }

    /** A backup just made, and the older ones rotation removed. */
    public record Made(Backup backup, List<Path> removed) {
    }

    public Path folder() {
        return folder;
    }

    /** This school's backups in the folder, newest first; other files are not looked at. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Optional<BackupName> name = BackupName.parse(schoolId, file.getFileName().toString());
                if (name.isPresent() && Files.isRegularFile(file)) {
                    found.add(new Backup(file, name.get(), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the backup folder " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Backup::name).reversed());
        return found;
    }

    /**
     * Backs {@code database} up into the folder as made at {@code localNow} (school time), then
     * keeps this school's newest {@code keep} backups and removes the rest.
     */
    public Made make(Database database, LocalDateTime localNow, int keep) {
        if (!Files.isDirectory(folder)) {
            throw new StoreException("the backup folder " + folder + " is not there (is the USB stick plugged in?)");
        }
        BackupName name = new BackupName(schoolId, localNow);
        Path target = folder.resolve(name.fileName());
        Path temporary = folder.resolve(name.fileName() + ".part");
        try {
            Files.deleteIfExists(temporary); // VACUUM INTO writes only into a file that is not there, or an empty one
            createPrivately(temporary);
            database.read(c -> {
                try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, temporary.toAbsolutePath().toString());
                    vacuum.executeUpdate();
                }
                return null;
            });
            // VACUUM INTO does not sync what it wrote; a stick pulled out now must not hold half a backup.
            try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            verify(temporary, schoolId, "the new backup");
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
            Backup made = new Backup(target, name, Files.size(target));
            return new Made(made, rotate(keep));
        } catch (IOException e) {
            throw new StoreException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover .part is never taken for a backup, and the next try removes it
            }
        }
    }

    /**
     * A backup holds the same pupils' records as the database, so only its owner may read it (mode
     * 600, like the database: README, "Backups and damage"), whatever the umask. It is made empty
     * with that mode before SQLite writes into it, so it is never readable by others, not even for a
     * moment. A folder without POSIX permissions (a FAT USB stick) has nothing to set.
     */
    private static void createPrivately(Path file) throws IOException {
        if (file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    /** Removes all but the newest {@code keep} of this school's backups; returns what it removed. */
    public List<Path> rotate(int keep) {
        List<Path> removed = new ArrayList<>();
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                removed.add(old.file());
            } catch (IOException e) {
                throw new StoreException("cannot remove the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
        return removed;
    }

    /**
     * Refuses {@code file} unless it is a sound lategate database of {@code schoolId} whose schema
     * this lategate knows; {@code what} names it in the message ("the backup").
     */
    public static DatabaseHealth.Report verify(Path file, String schoolId, String what) {
        DatabaseHealth.Report report = DatabaseHealth.thorough(file);
        if (report.problem().isPresent()) {
            throw new StoreException(what + " " + file + " is not usable: " + report.problem().get());
        }
        if (report.schemaVersion() > Database.newestSchemaVersion()) {
            throw new StoreException(what + " " + file + " is at schema version " + report.schemaVersion()
                    + ", newer than this lategate knows (" + Database.newestSchemaVersion() + "): use a newer lategate");
        }
        String owner = report.schoolId().orElse("(no school)");
        if (!owner.equals(schoolId)) {
            throw new StoreException(what + " " + file + " belongs to the school '" + owner + "', not '" + schoolId
                    + "': check --school and the backup's name");
        }
        return report;
    }

    /** Makes a rename in {@code folder} durable; a file system that cannot sync a folder is left to itself. */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems (a FAT stick) refuse to sync a folder; the rename itself is done
        }
    }
}
