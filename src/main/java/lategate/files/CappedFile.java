package lategate.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file someone named (a roster, a key, a template, a password file) whole, but never more
 * than a cap: {@code /dev/zero} or a huge file is refused after the cap, not read until the memory
 * runs out, and a named pipe or a socket is refused before it is opened, since opening one waits
 * for a writer that may never come. Devices are read like files, under the cap.
 */
public final class CappedFile {

    /** The file-type bits of a Unix mode, and the two types that block when opened for reading. */
    private static final int TYPE_BITS = 0170000;
    private static final int PIPE = 0010000;
    private static final int SOCKET = 0140000;

    private CappedFile() {
    }

    /**
     * The file's bytes, at most {@code cap} of them.
     *
     * @throws TooLarge when the file holds more than {@code cap} bytes
     * @throws NotAFile when it is a named pipe or a socket
     * @throws IOException when it cannot be read (missing, a folder, no permission), as {@link Files} says
     */
    public static byte[] read(Path file, int cap) throws IOException {
        refuseWhatBlocks(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new TooLarge(cap);
            }
            return bytes;
        }
    }

    private static void refuseWhatBlocks(Path file) throws IOException {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_BITS;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return; // no Unix modes here: no named pipes either
        }
        if (type == PIPE || type == SOCKET) {
            throw new NotAFile();
        }
    }

    /** "50 MiB", "4 KiB", "512 bytes": a cap in words for messages. */
    public static String inWords(int bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    /** The file holds more than its cap; the message says so in words, without the path. */
    public static final class TooLarge extends IOException {
        private final int cap;

        TooLarge(int cap) {
            super("is larger than " + inWords(cap));
            this.cap = cap;
        }

        public int cap() {
            return cap;
        }
    }

    /** A named pipe or a socket, which would block rather than be read; the message says so, without the path. */
    public static final class NotAFile extends IOException {
        NotAFile() {
            super("is a named pipe or a socket, not a file");
        }
    }
}
