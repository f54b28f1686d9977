package lategate.reports.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a pack all at once or not at all: to a temporary file in the same folder, forced to
 * disk, then moved over the name asked for in one step. A reader never sees half a pack, and a
 * failure (a full disk, a crash) leaves any earlier pack of that name as it was. The file is
 * readable by its owner only, as the temporary file was made: a named pack is confidential.
 */
public final class PackFile {

    private PackFile() {
    }

    public static void write(Path out, byte[] content) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        forceFolder(folder);
    }

    /** The rename itself reaches the disk only with the folder; not every system can open one, so best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a folder as a channel; the pack itself is already on disk.
        }
    }
}
