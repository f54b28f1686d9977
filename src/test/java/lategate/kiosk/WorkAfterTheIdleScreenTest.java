package lategate.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lategate.demo.DemoSchool;
import lategate.demo.DemoSetup;
import lategate.store.Database;
import lategate.tui.KioskTerminal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the kiosk starts once its idle screen is drawn: the start's check of the register's chain. */
class WorkAfterTheIdleScreenTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the work kept for after the idle screen (the start's chain check) runs on the kiosk loop's first "
            + "turn, never before the idle screen is drawn (docs/install-kiosk.md, \"Start-up on a small board\")")
    void runsOnTheFirstTurnAfterTheIdleScreen() throws Exception {
        DemoSchool demo = new DemoSchool(dir);
        DemoSetup.prepare(demo, Clock.systemUTC());
        KioskLauncher.Prepared prepared = KioskLauncher.prepare(demo.settings(), demo.database());
        Clock clock = Clock.system(prepared.settings().school().zone());
        List<Instant> turns = new ArrayList<>();
        try (Database database = prepared.database();
             KioskSync sync = new KioskSync(prepared.settings(), database, "test", clock)) {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            KioskTerminal kiosk = KioskLauncher.on(terminal,
                    new KioskLauncher.Wiring(prepared.settings(), database, "test", clock, sync), turns::add);
            assertTrue(turns.isEmpty(), "nothing runs while the kiosk is wired");
            kiosk.start();
            assertTrue(turns.isEmpty(), "nothing runs before the idle screen is drawn");
            assertTrue(drawn(terminal), "the idle screen is on the terminal");
            kiosk.pump();
            assertEquals(1, turns.size(), "the loop's first turn runs it");
            kiosk.pump();
            assertEquals(2, turns.size(), "every turn offers it (run() starts the check on the first only)");
        }
    }

    private static boolean drawn(DefaultVirtualTerminal terminal) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 24; row++) {
            for (int column = 0; column < 80; column++) {
                text.append(terminal.getCharacter(column, row).getCharacterString());
            }
        }
        return !text.toString().isBlank();
    }
}
