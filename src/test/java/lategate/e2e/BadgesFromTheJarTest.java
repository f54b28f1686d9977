package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Badge pictures from the packaged jar, for a user whose home PDFBox has never seen: PDFBox
 * builds its font cache then, and must not tell stderr about it.
 */
class BadgesFromTheJarTest {

    @TempDir
    Path dir;

    @Test
    void aBadgePictureFromTheJarIsWrittenWithNothingOnStderrEvenOnPdfBoxsFirstRun() throws Exception {
        assertEquals(0, Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk").exit());
        Path home = Files.createDirectory(dir.resolve("home"));
        ProcessBuilder badges = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + home, "-jar", Jar.jar(), "badges", "--school", "demo/demo.toml", "--db",
                "demo/demo.db", "--pupil", "D0001", "--png", "pictures")).directory(dir.toFile());
        badges.environment().put("HOME", home.toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = badges.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lategate badges did not finish");
        assertEquals(0, process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("Wrote 1 badge as PNG"));
        assertTrue(Files.size(dir.resolve("pictures/D0001.png")) > 0);
    }
}
