package lategate.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read whole, under a cap, on real files, a device and a named pipe. */
@Tag("attack")
class CappedFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a file no larger than the cap is read whole")
    void withinTheCap() throws Exception {
        Path file = Files.write(dir.resolve("key"), new byte[] {1, 2, 3, 4});
        assertArrayEquals(new byte[] {1, 2, 3, 4}, CappedFile.read(file, 4));
    }

    @Test
    @DisplayName("a file one byte over the cap, a 1 GiB sparse one and /dev/zero are refused by their size")
    void overTheCap() throws Exception {
        Path over = OversizedFiles.sparse(dir.resolve("over"), 4097);
        Path huge = OversizedFiles.sparse(dir.resolve("huge"), 1L << 30);
        for (Path file : new Path[] {over, huge, OversizedFiles.DEV_ZERO}) {
            CappedFile.TooLarge e = assertThrows(CappedFile.TooLarge.class, () -> CappedFile.read(file, 4096));
            assertEquals("is larger than 4 KiB", e.getMessage());
        }
    }

    @Test
    @DisplayName("a named pipe with no writer is refused at once, rather than waited on for ever")
    void namedPipe() throws Exception {
        Path pipe = OversizedFiles.fifo(dir.resolve("pipe"));
        CappedFile.NotAFile e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(CappedFile.NotAFile.class, () -> CappedFile.read(pipe, 4096)));
        assertEquals("is a named pipe or a socket, not a file", e.getMessage());
    }

    @Test
    @DisplayName("a missing file says so as the file system does")
    void missing() {
        assertThrows(NoSuchFileException.class, () -> CappedFile.read(dir.resolve("none"), 10));
    }

    @Test
    @DisplayName("caps read in words: MiB, KiB, bytes")
    void inWords() {
        assertEquals("50 MiB", CappedFile.inWords(50 * 1024 * 1024));
        assertEquals("4 KiB", CappedFile.inWords(4096));
        assertEquals("100 bytes", CappedFile.inWords(100));
    }
}
