package lategate.files;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Files that must not be read whole: sparse ones of any size (no disk used) and named pipes with no writer. */
public final class OversizedFiles {

    /** Where an endless device stands: it gives zero bytes for ever. */
    public static final Path DEV_ZERO = Path.of("/dev/zero");

    private OversizedFiles() {
    }

    /** A sparse file of {@code size} bytes, all zero. */
    public static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    /** A named pipe nobody writes to: opening it for reading would wait for ever. */
    public static Path fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo " + file + " failed");
        }
        return file;
    }
}
