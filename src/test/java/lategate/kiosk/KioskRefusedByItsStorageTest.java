package lategate.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import lategate.demo.DemoSchool;
import lategate.store.StorageRefusal;
import lategate.tui.StorageRefusedScreen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import lategate.demo.DemoSetup;

/**
 * A kiosk whose database file is read-only does not start and tell its first pupil "not saved":
 * it shows staff the read-only file on its own screen, never the damaged database's, which would
 * send them to restore a backup over a sound register.
 */
@Tag("attack")
class KioskRefusedByItsStorageTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a 0444 database stops the kiosk at start with its own screen: read-only, not damaged, no restore")
    void readOnlyFileAtStart() throws Exception {
        DemoSchool demo = new DemoSchool(dir);
        DemoSetup.prepare(demo, Clock.systemUTC());
        Files.setPosixFilePermissions(demo.database(), PosixFilePermissions.fromString("r--r--r--"));

        KioskLauncher.RefusedAtStart refused = assertThrows(KioskLauncher.RefusedAtStart.class,
                () -> KioskLauncher.prepare(demo.settings(), demo.database()));
        assertEquals(StorageRefusal.Kind.READ_ONLY_FILE, refused.refusal().kind());

        StorageRefusedScreen.Notice notice = DamageNotices.of(demo.database(), refused.refusal());
        String message = DamageNotices.inOneMessage(notice);
        assertTrue(message.contains("is read-only (mode 0444)"), message);
        assertFalse(message.contains("damaged:"), message);
        assertFalse(message.contains("restore"), message);

        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        new StorageRefusedScreen(notice, 12).draw(screen);
        String shown = text(vt);
        assertTrue(shown.contains("THE DATABASE FILE IS READ-ONLY"), shown);
        assertTrue(shown.contains("not damaged: do not restore a backup"), shown);
        assertTrue(shown.contains("press F12"), shown);
        assertFalse(shown.contains("IS DAMAGED"), shown);
        screen.stopScreen();
    }

    @Test
    @DisplayName("each kind of refusal has its own heading")
    void ownHeadings() {
        assertEquals(StorageRefusal.Kind.values().length, java.util.Arrays.stream(StorageRefusal.Kind.values())
                .map(StorageRefusal.Kind::heading).distinct().count());
    }

    private static String text(DefaultVirtualTerminal vt) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                text.append(vt.getCharacter(new TerminalPosition(col, row)).getCharacterString());
            }
            text.append('\n');
        }
        return text.toString().replaceAll(" +", " ");
    }
}
