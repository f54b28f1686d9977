package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fire roll keeps its ticks (docs/receptionist.md, "The fire roll"; the receptionist must say at
 * any moment who is on site): the packaged jar in a real terminal, a tick made, the idle lock, the
 * kiosk killed with SIGKILL, and the tick still there, with who made it, after each.
 */
class FireRollInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private String kiosk(String clock) {
        return Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                + dir.resolve("demo/demo.db") + " --clock " + clock + " --kiosk-id reception";
    }

    @Test
    @DisplayName("fire-roll ticks survive the idle lock and a kill -9 of the kiosk")
    void ticksSurviveTheIdleLockAndAKill() throws Exception {
        assertEquals(0, Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk").exit());
        Path settings = dir.resolve("demo/demo.toml");
        String toml = Files.readString(settings, StandardCharsets.UTF_8);
        assertTrue(toml.contains("idle_lock_minutes = 2"), "the demo's settings set the idle lock");
        Files.writeString(settings, toml.replace("idle_lock_minutes = 2", "idle_lock_minutes = 1"),
                StandardCharsets.UTF_8); // the shortest lock the settings allow, to keep the test short
        String[] school = {"--school", "demo/demo.toml", "--db", "demo/demo.db"};
        Jar.Run jo = withStdin("1234\n1357\n", join(List.of("staff", "add"), school, "--as", "head", "--username",
                "jbloggs", "--name", "Jo Bloggs", "--position", "Office Manager", "--role", "receptionist"));
        assertEquals(0, jo.exit(), jo.err());
        for (int pupil : List.of(3, 4)) {
            Jar.Run in = Jar.lategate(dir, join(List.of("sign-in"), school, "--badge", DemoSchool.printed(pupil),
                    "--at", "2026-11-23T09:30:00"));
            assertEquals(0, in.exit(), in.err());
        }

        try (Tmux tmux = new Tmux()) {
            tmux.start("desk", kiosk("2026-11-23T10:30:00"));
            tmux.waitFor("desk", "Scan your badge", WAIT);
            KioskKeys.signInAsStaff(tmux, "desk", "jbloggs", "1357", WAIT);
            tmux.keys("desk", "3");
            tmux.waitFor("desk", "Found 0 of 2 signed in late and on site", WAIT);
            tmux.keys("desk", "Space");
            String ticked = tmux.waitFor("desk", "Found 1 of 2 signed in late and on site", WAIT);
            assertTrue(ticked.contains("[x]") && ticked.contains("found 10:30 Jo Bloggs"), ticked);

            String locked = tmux.waitFor("desk", "Scan your badge", Duration.ofSeconds(100));
            assertFalse(locked.contains("STAFF MODE"), "the idle lock brought back the pupil screen:\n" + locked);
            KioskKeys.signInAsStaff(tmux, "desk", "jbloggs", "1357", WAIT);
            tmux.keys("desk", "3");
            String reopened = tmux.waitFor("desk", "Found 1 of 2 signed in late and on site", WAIT);
            assertTrue(reopened.contains("found 10:30 Jo Bloggs"), reopened);
            assertTrue(reopened.contains("FIRE ROLL started 10:30 by Jo Bloggs"), reopened);

            new ProcessBuilder("kill", "-9", Long.toString(tmux.pid("desk"))).start().waitFor();
        }
        try (Tmux tmux = new Tmux()) {
            tmux.start("again", kiosk("2026-11-23T10:40:00"));
            tmux.waitFor("again", "Scan your badge", WAIT);
            KioskKeys.signInAsStaff(tmux, "again", "jbloggs", "1357", WAIT);
            tmux.keys("again", "3");
            String restarted = tmux.waitFor("again", "Found 1 of 2 signed in late and on site", WAIT);
            assertTrue(restarted.contains("found 10:30 Jo Bloggs"), restarted);
            assertTrue(restarted.contains("FIRE ROLL started 10:30 by Jo Bloggs"), "the same roll call:\n" + restarted);
        }
        assertEquals(1, count("SELECT count(*) FROM fire_roll_ticks WHERE found = 1 AND by_name = 'Jo Bloggs' "
                + "AND by_position = 'Office Manager'"));
        assertEquals(1, count("SELECT count(*) FROM fire_rolls WHERE closed_at IS NULL AND kiosk_id = 'reception'"));
    }

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

    private static String[] join(List<String> first, String[] school, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(school));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
