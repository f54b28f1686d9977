package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lead's reports on a kiosk's database start as fast as before the hub reports came: the
 * PostgreSQL driver, Flyway and lategate's hub classes load only when --hub is given (and bench
 * sync only when it runs).
 */
class KioskReportsLoadNoHubTest {

    @TempDir
    Path dir;

    private List<String> hubClassesLoaded(String... args) throws Exception {
        Path log = dir.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load:file=" + log, "-jar", Jar.jar()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("out.txt")));
        return Files.readAllLines(log).stream().filter(line -> line.contains("org.postgresql.")
                || line.contains("org.flywaydb.") || line.contains("lategate.sync.hub.")
                || line.contains("lategate.reporting.HubReportScope") || line.contains("lategate.bench.BenchSyncRun")).toList();
    }

    @Test
    @DisplayName("report thresholds and blocks on a kiosk's database, and bench sync --help, load nothing of the hub")
    void nothingOfTheHub() throws Exception {
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        for (String[] args : new String[][] {
                {"report", "thresholds", "--school", "demo/demo.toml", "--db", "demo/demo.db", "--csv"},
                {"report", "blocks", "--school", "demo/demo.toml", "--db", "demo/demo.db", "--block", "1"},
                {"bench", "sync", "--help"}}) {
            assertEquals(List.of(), hubClassesLoaded(args), String.join(" ", args));
        }
    }
}
