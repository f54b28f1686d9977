package lategate.e2e;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff mode as the receptionist meets it: the packaged jar in a real terminal (tmux), staff
 * made with `lategate staff add`, the family's contacts imported, and everything done from the
 * kiosk's keyboard.
 */
class StaffModeInATerminalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    @DisplayName("the receptionist signs a pupil out at the kiosk; the pupil's own scan signs them back in, and the off-site list empties")
    void signOutThenBackInByScan() throws Exception {
        assertEquals(0, Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk").exit());
        String[] school = {"--school", "demo/demo.toml", "--db", "demo/demo.db"};
        // The demo ships an administrator, head, with the PIN 1234.
        Jar.Run jo = withStdin("1234\n1357\n", join(List.of("staff", "add"), school, "--as", "head", "--username",
                "jbloggs", "--name", "Jo Bloggs", "--position", "Office Manager", "--role", "receptionist"));
        assertEquals(0, jo.exit(), jo.err());

        Pupil pupil = pupilFoundByPartOfTheirName();
        Files.writeString(dir.resolve("contacts.csv"), "pupil_id,name,relationship,may_collect,phone\n"
                + pupil.id() + ",Sarah Example,mother,yes,01234 567890\n", StandardCharsets.UTF_8);
        Jar.Run contacts = Jar.lategate(dir, join(List.of("contacts", "import"), school, "contacts.csv"));
        assertEquals(0, contacts.exit(), contacts.err());

        try (Tmux tmux = new Tmux()) {
            tmux.start("desk", Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                    + dir.resolve("demo/demo.db") + " --clock 2026-11-23T10:30:00 --kiosk-id reception");
            tmux.waitFor("desk", "Scan your badge", WAIT);
            signIn(tmux);

            tmux.keys("desk", "1");
            tmux.waitFor("desk", "Find a pupil", WAIT);
            tmux.keys("desk", "-l", pupil.query());
            tmux.waitFor("desk", "> " + pupil.fullName(), WAIT);
            highlight(tmux, pupil);
            tmux.keys("desk", "Enter");
            String page = tmux.waitFor("desk", "1   Sign out", WAIT);
            assertTrue(page.contains(pupil.fullName() + ", Year " + pupil.className().charAt(0) + ", class "
                    + pupil.className()), page);
            String out = KioskKeys.signOutForAnAppointment(tmux, "desk", "dentist", "Sarah Example (mother)", "11:30",
                    WAIT);
            assertTrue(out.contains(pupil.fullName() + " signed out (M), collected by Sarah Example (mother)"), out);

            tmux.keys("desk", "Escape");
            tmux.waitFor("desk", "Name: " + pupil.query(), WAIT);
            tmux.keys("desk", "Escape");
            tmux.waitFor("desk", "Staff menu", WAIT);
            tmux.keys("desk", "2");
            String off = tmux.waitFor("desk", "Who is off site now (1)", WAIT);
            assertTrue(off.contains(pupil.fullName()) && off.contains("back 11:30")
                    && off.contains("M dentist; collected by Sarah Example (mother)"), off);

            tmux.keys("desk", "Escape");
            tmux.waitFor("desk", "Staff menu", WAIT);
            tmux.keys("desk", "Escape");
            String idle = tmux.waitFor("desk", "Scan your badge", WAIT);
            assertFalse(idle.contains("STAFF MODE"), idle);

            tmux.keys("desk", printed(pupil.badge()), "Enter");
            tmux.waitFor("desk", "You are signed back in.", WAIT);

            signIn(tmux);
            tmux.keys("desk", "2");
            tmux.waitFor("desk", "Nobody is off site", WAIT);
        }
        assertEquals(1, count("SELECT count(*) FROM movements WHERE kind = 'out' AND pupil_id = '" + pupil.id()
                + "' AND collected_by = 'Sarah Example' AND recorded_by = 'Jo Bloggs' "
                + "AND recorded_position = 'Office Manager'"));
        assertEquals(1, count("SELECT count(*) FROM movements WHERE kind = 'in' AND pupil_id = '" + pupil.id() + "'"));
        assertEquals(0, count("SELECT count(*) FROM arrivals"), "back from an appointment: not marked late");
    }

    private static void signIn(Tmux tmux) throws Exception {
        KioskKeys.signInAsStaff(tmux, "desk", "jbloggs", "1357", WAIT);
    }

    record Pupil(String id, String given, String family, String className, String badge, String query) {
        String fullName() {
            return given + " " + family;
        }
    }

    /**
     * A demo pupil with a plain ASCII name (so the terminal shows it the same under any locale)
     * who is the only one of that name in their class: the demo school has several pupils of
     * each name, as a real school has, and the receptionist tells them apart by class. The
     * query is the first four letters of the given and of the family name.
     */
    private Pupil pupilFoundByPartOfTheirName() throws Exception {
        List<String[]> rows = Files.readAllLines(dir.resolve("demo/roster.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.split(",")).toList();
        for (String[] row : rows) {
            boolean ascii = (row[1] + row[2]).chars().allMatch(ch -> ch < 128 && ch != '\'');
            long sameNameAndClass = rows.stream().filter(o -> o[1].equals(row[1]) && o[2].equals(row[2])
                    && o[4].equals(row[4])).count();
            if (ascii && sameNameAndClass == 1) {
                return new Pupil(row[0], row[1], row[2], row[4], row[5],
                        prefix(fold(row[1])) + " " + prefix(fold(row[2])));
            }
        }
        throw new AssertionError("no demo pupil is alone with their name in their class");
    }

    /** Down until the highlighted pupil is the one in {@code className}, as a receptionist would. */
    private static void highlight(Tmux tmux, Pupil pupil) throws Exception {
        for (int i = 0; i < 20; i++) {
            String selected = tmux.screen("desk").lines().filter(l -> l.startsWith(" > ")).findFirst().orElse("");
            if (selected.contains(pupil.fullName()) && selected.contains("Class " + pupil.className())) {
                return;
            }
            tmux.keys("desk", "Down");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && tmux.screen("desk").lines()
                    .filter(l -> l.startsWith(" > ")).findFirst().orElse("").equals(selected)) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("never highlighted " + pupil + ":\n" + tmux.screen("desk"));
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(4, word.length()));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("'", "")
                .toLowerCase(Locale.ROOT);
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
