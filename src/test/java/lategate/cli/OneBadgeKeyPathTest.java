package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The badge key has one home on a kiosk, the data folder only the kiosk's user may read:
 * /var/lib/lategate/badge.key. Every message, shipped settings file and page says the same
 * (docs/receptionist.md, "Badges"; docs/install-kiosk.md).
 */
class OneBadgeKeyPathTest {

    private static final String KEY = "/var/lib/lategate/badge.key";

    @TempDir
    Path dir;

    @Test
    @DisplayName("badges key on settings with no [badges] suggests key_file = \"/var/lib/lategate/badge.key\"")
    void badgesKeySuggestsThePath() throws Exception {
        Path settings = dir.resolve("school.toml");
        Files.copy(Path.of("config/schools/demo.toml"), settings);
        CommandLineRun run = lategate("badges", "key", "--school", settings.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("add [badges] with key_file = \"" + KEY + "\""), run.err());
    }

    @Test
    @DisplayName("a relative key_file is refused with the same path as the example")
    void relativeKeyFileExample() throws Exception {
        Path settings = dir.resolve("school.toml");
        Files.writeString(settings, Files.readString(Path.of("config/schools/demo.toml"))
                + "\n[badges]\nkey_file = \"badge.key\"\n");
        CommandLineRun run = lategate("config", "check", settings.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue((run.out() + run.err()).contains("badges.key_file: 'badge.key' must be an absolute path, e.g. \""
                + KEY + "\""), run.out() + run.err());
    }

    @Test
    @DisplayName("every shipped settings file has a commented [badges] with the one path, saying it is not from the policy")
    void everyShippedFileHasBadges() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("config/schools"))) {
            List<Path> shipped = files.filter(f -> f.toString().endsWith(".toml")).toList();
            assertTrue(shipped.size() >= 6, shipped.toString());
            for (Path file : shipped) {
                String text = Files.readString(file);
                assertTrue(text.contains("# [badges]\n# key_file = \"" + KEY + "\""), file + " has no commented [badges]");
                int at = text.indexOf("# [badges]");
                String before = text.substring(Math.max(0, at - 400), at);
                assertTrue(before.contains("Not from the policy") || before.contains("Not from any policy"),
                        file + ": the [badges] comment must say it is not from the policy");
            }
        }
    }

    @Test
    @DisplayName("no other badge-key path is named in the code, docs, settings or kiosk scripts")
    void noOtherPath() throws Exception {
        for (String root : List.of("src/main", "docs", "config", "kiosk", "dist", "README.md")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    // Bytes as Latin-1: a font or picture among them must not stop the search.
                    String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertFalse(text.contains("badge-key") || text.contains("/etc/lategate/badge"), f.toString());
                }
            }
        }
    }
}
