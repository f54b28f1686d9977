package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run of a kiosk on a new database asks for an administrator, in a real terminal. */
class FirstRunInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    @DisplayName("a kiosk started on a database with no staff asks for the first administrator, then opens; F2 signs them in")
    void firstRunAsksForAnAdministrator() throws Exception {
        Path settings = Path.of("config/schools/demo.toml").toAbsolutePath();
        Files.writeString(dir.resolve("roster.csv"), "pupil_id,given_name,family_name,year,class,badge\n"
                + "P1,Amelia,Jones,4,4B,BADGE001\n", StandardCharsets.UTF_8);
        Jar.Run imported = Jar.lategate(dir, "roster", "import", "--school", settings.toString(), "--db", "new.db",
                "roster.csv");
        assertEquals(0, imported.exit(), imported.err());
        try (Tmux tmux = new Tmux()) {
            tmux.start("k", Jar.javaCommand() + " kiosk --school " + settings + " --db " + dir.resolve("new.db")
                    + " --clock 2026-11-23T08:50:00");
            tmux.waitFor("k", "no staff accounts yet", WAIT);
            tmux.keys("k", "head", "Enter");
            tmux.waitFor("k", "Full name", WAIT);
            tmux.keys("k", "-l", "Sam Head");
            tmux.keys("k", "Enter");
            tmux.waitFor("k", "Position", WAIT);
            tmux.keys("k", "-l", "Head of School");
            tmux.keys("k", "Enter");
            tmux.waitFor("k", "PIN", WAIT);
            tmux.keys("k", "2468", "Enter");
            tmux.waitFor("k", "again", WAIT);
            tmux.keys("k", "2468", "Enter");
            tmux.waitFor("k", "Scan your badge", WAIT);
            tmux.keys("k", "F2");
            tmux.waitFor("k", "Username", WAIT);
            for (char c : "head".toCharArray()) {
                tmux.keys("k", String.valueOf(c));
                Thread.sleep(150);
            }
            tmux.keys("k", "Enter");
            Thread.sleep(300);
            for (char c : "2468".toCharArray()) {
                tmux.keys("k", String.valueOf(c));
                Thread.sleep(150);
            }
            tmux.keys("k", "Enter");
            tmux.waitFor("k", "STAFF MODE: Sam Head, Head of School", WAIT);
        }
    }
}
