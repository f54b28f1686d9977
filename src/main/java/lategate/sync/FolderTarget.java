package lategate.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.io.UncheckedIOException;
import java.nio.file.LinkOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lategate.app.sync.OutboxEntry;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SummaryKey;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;
import lategate.files.CappedFile;

/**
 * A folder as a sync target: a shared drive or a USB stick. Each summary becomes one JSON file
 * named by school, kiosk, date and version, with a {@code .sha256} file beside it in the format
 * {@code sha256sum -c} checks. Each file is written to a temporary name, flushed to the disk and
 * only then renamed, so a reader never sees half a summary; the checksum is written last, so a
 * summary without one is known to be incomplete. The folder must already exist: a USB stick that
 * is not mounted must not turn into a folder on the kiosk's own disk.
 */
public final class FolderTarget implements SyncTarget {

    public static final String CHECKSUM_SUFFIX = ".sha256";

    /**
     * A temporary file older than this is an orphan of a sync that was killed mid-write: a write
     * takes milliseconds, so anything younger may be another kiosk's, writing to the same folder now.
     */
    static final Duration STALE_AFTER = Duration.ofHours(1);
    /** The temporary names {@link #writeAtomically} makes: {@code .NAME.RANDOM.part}, NAME a summary, settings or checksum. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(json|toml|sha256)\\.[0-9]+\\.part");

    private final Path folder;
    private final Clock clock;
    private boolean cleared;

    public FolderTarget(Path folder) {
        this(folder, Clock.systemUTC());
    }

    /** With {@code clock} to tell an orphaned temporary file from one being written now. */
    public FolderTarget(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The file a summary is written to: {@code SCHOOL_KIOSK_DATE_vVERSION.json}. */
    public static String fileName(SummaryKey key) {
        return key.schoolId() + "_" + key.kioskId() + "_" + key.date() + "_v" + key.version() + ".json";
    }

    @Override
    public String name() {
        return "folder:" + folder;
    }

    @Override
    public void deliver(OutboxEntry entry) {
        if (!Files.isDirectory(folder)) {
            throw new SyncFailure("the folder " + folder + " does not exist or is not a folder (is the drive or "
                    + "USB stick connected?); nothing was written");
        }
        clearOrphans();
        String name = fileName(entry.key());
        Path summary = folder.resolve(name);
        Path checksum = folder.resolve(name + CHECKSUM_SUFFIX);
        byte[] body = entry.body();
        byte[] sum = (entry.sha256() + "  " + name + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (Files.exists(summary)) {
                if (!holds(summary, body)) {
                    throw new SyncFailure(summary + " already holds a different summary for " + entry.key().words()
                            + ": do two kiosks share the kiosk name '" + entry.key().kioskId() + "'? Nothing was "
                            + "overwritten");
                }
            } else {
                writeAtomically(summary, body);
            }
            if (!Files.exists(checksum) || !holds(checksum, sum)) {
                writeAtomically(checksum, sum);
            }
            syncFolder();
        } catch (IOException e) {
            throw new SyncFailure(explain(e), e);
        }
    }

    /**
     * Whether {@code file} holds exactly {@code expected}, reading no more than one byte past it: the
     * folder is anyone's (a USB stick), and a huge file put there must not fill the memory.
     */
    private static boolean holds(Path file, byte[] expected) throws IOException {
        try {
            return Arrays.equals(CappedFile.read(file, expected.length), expected);
        } catch (CappedFile.TooLarge e) {
            return false;
        }
    }

    /**
     * Writes the school's settings as {@code SCHOOL_settings.toml} with its checksum, replacing an
     * older copy (settings change over the year; the latest is the one that counts), each file
     * atomically, the checksum last, so {@code hub import} can tell a whole copy from a torn one.
     */
    @Override
    public void deliverSettings(SettingsFile settings) {
        if (!Files.isDirectory(folder)) {
            throw new SyncFailure("the folder " + folder + " does not exist or is not a folder (is the drive or "
                    + "USB stick connected?); nothing was written");
        }
        clearOrphans();
        String name = SettingsCopy.fileName(settings.schoolId());
        Path file = folder.resolve(name);
        Path checksum = folder.resolve(name + CHECKSUM_SUFFIX);
        byte[] text = settings.text();
        byte[] sum = (settings.sha256() + "  " + name + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (Files.exists(checksum) && holds(checksum, sum) && Files.exists(file) && holds(file, text)) {
                return;
            }
            Files.deleteIfExists(checksum); // a new copy is incomplete until its checksum is back
            writeAtomically(file, text);
            writeAtomically(checksum, sum);
            syncFolder();
        } catch (IOException e) {
            throw new SyncFailure(explain(e), e);
        }
    }

    private void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the folder's file system cannot rename files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes, once per sync, the temporary files a killed sync left behind: they were never renamed
     * into place, so nothing reads them, but left alone they would stay on the stick for good. Only
     * names lategate makes, and only ones old enough that no kiosk can still be writing them.
     */
    private void clearOrphans() {
        if (cleared) {
            return;
        }
        cleared = true;
        Instant staleBefore = clock.instant().minus(STALE_AFTER);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file,
                        LinkOption.NOFOLLOW_LINKS) && Files.getLastModifiedTime(file).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // tidying only: an orphan left now is tried again at the next sync, and the delivery goes on
        }
    }

    /** Makes the renames themselves durable; some file systems (FAT on a USB stick) cannot, and need not. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException notSupported) {
            // the file contents are already forced; only the directory entry's timing is at stake
        }
    }

    private String explain(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason != null && reason.contains("No space left")) {
            return "the folder " + folder + " is full (" + reason + "): free some space or use another folder; "
                    + "the summary stays in the outbox";
        }
        return "could not write to " + folder + ": " + reason + "; the summary stays in the outbox";
    }

    @Override
    public void close() {
        // nothing held open between deliveries
    }
}
