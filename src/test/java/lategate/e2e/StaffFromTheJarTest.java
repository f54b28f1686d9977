package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lategate staff from the packaged jar: PINs from standard input in a script, and typed unseen in a terminal. */
class StaffFromTheJarTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Jar.Run withStdin(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Jar.jar()));
        command.addAll(List.of(args));
        Path in = Files.createTempFile(dir, "in", ".txt");
        Files.writeString(in, stdin, StandardCharsets.UTF_8);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lategate did not finish");
        return new Jar.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the first administrator from standard input, then a new PIN typed twice, unseen, in a terminal")
    void scriptThenTerminal() throws Exception {
        assertEquals(0, Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk").exit());
        // A database of its own: the demo's already has staff, and this is the very first account.
        assertEquals(0, Jar.lategate(dir, "roster", "import", "--school", "demo/demo.toml", "--db", "demo/fresh.db",
                "demo/roster.csv").exit());
        String[] school = {"--school", "demo/demo.toml", "--db", "demo/fresh.db"};

        Jar.Run head = withStdin("2468\n", concat(new String[] {"staff", "add"}, school, "--username", "head",
                "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator"));
        assertEquals(0, head.exit(), head.err());
        Jar.Run jo = withStdin("2468\n1357\n", concat(new String[] {"staff", "add"}, school, "--as", "head",
                "--username", "jbloggs", "--name", "Jo Bloggs", "--position", "Office Manager", "--role",
                "receptionist"));
        assertEquals(0, jo.exit(), jo.err());

        try (Tmux tmux = new Tmux()) {
            tmux.start("reset", "sh -c '" + Jar.javaCommand() + " staff reset-pin --school "
                    + dir.resolve("demo/demo.toml") + " --db " + dir.resolve("demo/fresh.db") + " --as head --username jbloggs; echo EXIT=$?; sleep 60'");
            tmux.waitFor("reset", "PIN for head:", WAIT);
            tmux.keys("reset", "2468", "Enter");
            tmux.waitFor("reset", "New PIN for jbloggs (4 to 12 digits):", WAIT);
            tmux.keys("reset", "864200", "Enter");
            tmux.waitFor("reset", "Same PIN again:", WAIT);
            tmux.keys("reset", "864200", "Enter");
            String screen = tmux.waitFor("reset", "EXIT=", WAIT);
            assertTrue(screen.contains("New PIN set for jbloggs"), screen);
            assertTrue(screen.contains("EXIT=0"), screen);
            assertFalse(screen.contains("2468") || screen.contains("864200"), "a PIN was shown:\n" + screen);
        }
        Jar.Run signIn = withStdin("864200\n", concat(new String[] {"staff", "disable"}, school, "--as", "jbloggs",
                "--username", "head"));
        assertEquals(1, signIn.exit());
        assertTrue(signIn.err().contains("only an administrator may manage staff accounts"), signIn.err());
    }

    private static String[] concat(String[] first, String[] second, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
