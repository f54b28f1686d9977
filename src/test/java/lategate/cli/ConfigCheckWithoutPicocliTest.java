package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate config check FILE...' runs without picocli building a command line, and says exactly
 * what the command says through picocli (docs/settings.md, docs/architecture.md "Start-up"):
 * structure and output only, no timing.
 */
class ConfigCheckWithoutPicocliTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("only the plain form, config check and file names, skips picocli; options, @files and -- do not")
    void onlyThePlainFormSkipsPicocli() {
        assertEquals(List.of(Path.of("a.toml"), Path.of("b/c.toml")),
                ConfigCommand.Check.plainly("config", "check", "a.toml", "b/c.toml").orElseThrow());
        for (String[] args : List.of(new String[] {"config", "check"}, new String[] {"config", "check", "--help"},
                new String[] {"config", "check", "-h"}, new String[] {"config", "check", "a.toml", "-V"},
                new String[] {"config", "check", "--", "a.toml"}, new String[] {"config", "check", "@args.txt"},
                new String[] {"config", "check", ""}, new String[] {"config", "check", "a\u0000.toml"},
                new String[] {"config", "a.toml"}, new String[] {"report", "check", "a.toml"})) {
            assertTrue(ConfigCommand.Check.plainly(args).isEmpty(), String.join(" ", args));
        }
    }

    @Test
    @DisplayName("in a fresh JVM, config check prints byte for byte what it prints through picocli, "
            + "and loads no picocli model and no TOML library")
    void sameOutputWithoutPicocli() throws Exception {
        Path broken = dir.resolve("demo.toml");
        Files.writeString(broken, Files.readString(Path.of("config", "schools", "demo.toml"), StandardCharsets.UTF_8)
                .replace("closes = \"09:10\"", "closes = \"nine\"") + "\n[school]\n", StandardCharsets.UTF_8);
        Path syntax = Files.createDirectories(dir.resolve("syntax")).resolve("demo.toml");
        Files.writeString(syntax, "[school]\nid = \"demo\nname = 1\n", StandardCharsets.UTF_8);
        List<String> files = List.of("config/schools/demo.toml", "config/schools/oak-meadow.toml",
                "config/schools/seagrave.toml", broken.toString(), syntax.toString(), dir.resolve("none.toml").toString());

        FreshJvmRun plain = run(true, files);
        FreshJvmRun picocli = run(false, files);
        assertEquals(picocli.exit(), plain.exit());
        assertEquals(1, plain.exit(), "a broken file makes the exit 1");
        assertEquals(picocli.printed(), plain.printed());
        assertTrue(plain.printed().contains("config/schools/demo.toml: OK"), plain.printed());
        assertTrue(plain.printed().contains(syntax + ":2: not valid TOML at column 6: text opened with \""),
                plain.printed());
        List<String> heavy = plain.loaded().stream()
                .filter(c -> c.startsWith("picocli.CommandLine$Model") || c.startsWith("org.tomlj")
                        || c.startsWith("org.antlr"))
                .toList();
        assertEquals(List.of(), heavy);
        assertFalse(picocli.loaded().stream().noneMatch(c -> c.startsWith("picocli.CommandLine$Model")),
                "the -- form goes through picocli, so the comparison is with picocli's own run");
    }

    /** lategate config check [--] FILES in a fresh JVM. */
    private static FreshJvmRun run(boolean plain, List<String> files) throws Exception {
        List<String> args = new ArrayList<>(List.of("config", "check"));
        if (!plain) {
            args.add("--");
        }
        args.addAll(files);
        return FreshJvmRun.lategate(args);
    }
}
