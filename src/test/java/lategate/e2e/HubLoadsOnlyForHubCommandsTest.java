package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk starts as fast with the hub in the jar: the PostgreSQL driver and Flyway load only
 * when a hub command (or a sync to a hub) runs, never at start-up.
 */
class HubLoadsOnlyForHubCommandsTest {

    @TempDir
    Path dir;

    private List<String> classesLoaded(String... args) throws Exception {
        Path log = dir.resolve("classes.txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-Xlog:class+load:file=" + log, "-jar", Jar.jar()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("out.txt")));
        return Files.readAllLines(log);
    }

    @Test
    @DisplayName("--version and sync --help load no PostgreSQL driver and no Flyway")
    void nothingOfTheHubAtStartUp() throws Exception {
        for (String[] args : new String[][] {{"--version"}, {"sync", "--help"}, {"hub", "init", "--help"}}) {
            List<String> hub = classesLoaded(args).stream()
                    .filter(line -> line.contains("org.postgresql.") || line.contains("org.flywaydb.")
                            || line.contains("lategate.sync.hub."))
                    .toList();
            assertEquals(List.of(), hub, String.join(" ", args));
        }
    }
}
