package lategate.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import lategate.app.movement.RollPrinter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing the fire roll never fails the roll: each place it goes is tried, and what failed is said
 * (docs/receptionist.md, "The fire roll"). A script stands in for {@code lp}.
 */
class FolderAndLpTest {

    @TempDir
    Path dir;

    private Path script(String name, String body) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin-" + name));
        Path lp = bin.resolve("lp");
        Files.writeString(lp, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(lp, PosixFilePermissions.fromString("rwxr-xr-x"));
        return lp;
    }

    @Test
    @DisplayName("saved to the print folder and sent to lp, which is given the saved file")
    void folderAndPrinter() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path given = dir.resolve("given.txt");
        Path lp = script("ok", "cat \"$1\" > " + given + "; echo 'request id is office-7 (1 file(s))'");
        RollPrinter.Printed printed = new FolderAndLp(Optional.of(usb), Optional.of(lp)).print("roll.txt", "FIRE ROLL\n");
        assertEquals(List.of(), printed.failed());
        assertEquals("FIRE ROLL\n", Files.readString(usb.resolve("roll.txt")));
        assertEquals("FIRE ROLL\n", Files.readString(given));
        assertTrue(printed.words().contains("sent to the printer (request id is office-7"), printed.words());
    }

    @Test
    @DisplayName("a printer that refuses and a USB stick that is out are both said; nothing is thrown")
    void failuresAreSaid() throws Exception {
        Path lp = script("refuses", "echo 'lp: The printer or class does not exist.' >&2; exit 1");
        RollPrinter.Printed printed = new FolderAndLp(Optional.of(dir.resolve("no-stick")), Optional.of(lp))
                .print("roll.txt", "FIRE ROLL\n");
        assertEquals(List.of(), printed.done());
        assertTrue(printed.words().contains("the folder is not there (is the USB stick in?)"), printed.words());
        assertTrue(printed.words().contains("the printer refused it (lp: lp: The printer or class does not exist.)"),
                printed.words());
    }

    @Test
    @DisplayName("lp is found on the PATH only when it is there and executable")
    void lpOnPath() throws Exception {
        Path lp = script("found", "exit 0");
        assertEquals(Optional.of(lp), FolderAndLp.onPath("lp", dir.resolve("nothing") + ":" + lp.getParent()));
        assertEquals(Optional.empty(), FolderAndLp.onPath("lp", dir.resolve("nothing").toString()));
    }
}
