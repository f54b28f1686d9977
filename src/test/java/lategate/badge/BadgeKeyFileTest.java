package lategate.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import lategate.files.OversizedFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The badge key file read from disk: a key is one short line, so nothing larger is read whole. */
@Tag("attack")
class BadgeKeyFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a key made by 'badges key' reads back")
    void madeKeyReadsBack() throws Exception {
        Path file = dir.resolve("badge.key");
        BadgeKeyFile.create(file, new SecureRandom());
        BadgeKeyFile.read(file);
    }

    @Test
    @DisplayName("a key file over 4 KiB, /dev/zero or a named pipe is refused with a message, not read whole")
    void hugeKeyFileRefused() throws Exception {
        Path big = OversizedFiles.sparse(dir.resolve("badge.key"), 4097);
        Path pipe = OversizedFiles.fifo(dir.resolve("pipe.key"));
        for (Path file : List.of(big, OversizedFiles.DEV_ZERO, pipe)) {
            String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                    BadgeKeyFile.BadgeKeyException.class, () -> BadgeKeyFile.read(file))).getMessage();
            assertEquals("the badge key " + file + " " + (file.equals(pipe) ? "is a named pipe or a socket, not a file"
                    : "is larger than 4 KiB") + ": it is not a key made by 'lategate badges key' (one line of base64)",
                    message);
        }
    }
}
