package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lategate.HubServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'bench sync' from the packaged jar on the embedded PostgreSQL, small (its figures are read by
 * people, not asserted): it syncs a year to an empty hub, runs the trust-wide report over the
 * schools it loaded, prints the table, and leaves no database or role of its own behind.
 */
class BenchSyncFromTheJarTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("bench sync --pupils 20 --schools 2 --synced 1 --runs 1: a table with the goals, both trust reports "
            + "by size over a synced school and its copy, and nothing left behind")
    void smallBench() throws Exception {
        HubServer server = HubServer.shared();
        // The tests' admin role, allowed to make databases too: the bench makes a hub per run. As the
        // role every hub test makes hubs with, the group roles 'hub init' makes are that role's to
        // grant whichever test makes them first (a superuser's would not be).
        server.superuser("ALTER ROLE " + HubServer.ADMIN + " CREATEDB");
        Path password = server.adminPasswordFile(dir);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Jar.jar(), "bench", "sync", "--hub", "postgresql://" + HubServer.ADMIN + "@localhost:" + server.port()
                        + "/postgres", "--hub-password-file", password.toString(), "--pupils", "20", "--schools", "2",
                "--synced", "1", "--runs", "1")
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "bench sync did not finish in 10 minutes");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text + Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(text.contains("sync: a year of one school to an empty hub"), text);
        assertTrue(text.contains("report thresholds --all: 2 schools"), text);
        assertTrue(text.contains("report blocks --all: 2 schools"), text);
        assertTrue(text.contains("The trust's reports by size"), text);
        assertTrue(text.contains("SELECT 1 round trip"), text);
        assertTrue(text.contains("rows from 2 schools"), text);
        // one school synced, the other its copy under its own id and settings, and the output says so
        assertTrue(text.contains("1 synced as kiosks sync"), text);
        assertTrue(text.contains("1 copied in SQL from them"), text);
        assertTrue(text.contains("Load average (1, 5, 15 min): "), text);
        assertTrue(text.contains("Goals, wall time start-up included"), text);
        assertEquals(List.of("count=0"), server.query("postgres",
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'lategate\\_bench\\_%'"));
        assertEquals(List.of("count=0"), server.query("postgres",
                "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'lategate\\_bench\\_%'"));
    }
}
