package lategate.e2e;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a new user runs it from the README: the demo, a sign-in, the Late Book.
 * Runs in the integration-test phase, after {@code target/lategate.jar} is built.
 */
class ReadmeFlowFromTheJarTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run lategate(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("lategate.jar", "target/lategate.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lategate " + String.join(" ", args) + " did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("demo, then sign-in on time, L and U, then the Late Book shows the two late arrivals")
    void demoSignInAndBook() throws Exception {
        Run demo = lategate("demo", "--data", "demo-data");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains("Badges to try: " + DemoSchool.printed(1)), demo.out());
        assertTrue(demo.out().contains("  java -jar " + Jar.jar() + " sign-in --school "),
                "the commands to try name the jar this ran from: " + demo.out());

        String[] common = {"--school", "demo-data/demo.toml", "--db", "demo-data/demo.db"};
        Run onTime = lategate(concat(new String[] {"sign-in"}, common, "--badge", DemoSchool.printed(1), "--at",
                "2026-11-23T08:44:00"));
        assertEquals(0, onTime.exit(), onTime.err());
        assertTrue(onTime.out().contains("You're on time"), onTime.out());

        Run late = lategate(concat(new String[] {"sign-in"}, common, "--badge", DemoSchool.printed(2), "--at",
                "2026-11-23T08:57:00", "--reason", "transport"));
        assertTrue(late.out().contains("You are 12 minutes late."), late.out());

        Run closed = lategate(concat(new String[] {"sign-in"}, common, "--badge", DemoSchool.printed(3), "--at",
                "2026-11-23T09:25:00", "--reason", "overslept"));
        assertTrue(closed.out().contains("You are marked U: this counts as an unauthorised absence for this morning."), closed.out());

        Run unknown = lategate(concat(new String[] {"sign-in"}, common, "--badge", printed("NOPE"), "--at",
                "2026-11-23T09:25:00")); // well formed, but no pupil holds it
        assertEquals(1, unknown.exit());
        assertTrue(unknown.out().contains("Badge not recognised: please see the office."), unknown.out());

        Run book = lategate(concat(new String[] {"book"}, common, "--date", "2026-11-23", "--csv"));
        assertEquals(0, book.exit(), book.err());
        List<String> lines = book.out().lines().toList();
        assertEquals(3, lines.size(), book.out());
        assertTrue(lines.get(1).startsWith("08:57:00,D0002,"), lines.get(1));
        assertTrue(lines.get(1).contains(",AM,L,12,\"Bus, train or traffic\",given,"), lines.get(1));
        assertTrue(lines.get(2).contains(",AM,U,40,Woke up late,given,"), lines.get(2));

        Run again = lategate("demo", "--data", "demo-data");
        assertTrue(again.out().startsWith("Using the demo school"), "a second run keeps the data: " + again.out());
        Run bookAgain = lategate(concat(new String[] {"book"}, common, "--date", "2026-11-23", "--csv"));
        assertEquals(book.out(), bookAgain.out());
    }

    @Test
    @DisplayName("config check from the jar: the shipped profiles pass, a broken one names file, line and key")
    void configCheckFromTheJar() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Run ok = lategate("config", "check", repo.resolve("config/schools/russell.toml").toString(),
                repo.resolve("config/schools/seagrave.toml").toString());
        assertEquals(0, ok.exit(), ok.err());
        Path broken = dir.resolve("russell.toml");
        Files.writeString(broken, Files.readString(repo.resolve("config/schools/russell.toml"))
                .replace("time_zone = \"Europe/London\"", "time_zone = \"Europe/Lundun\""));
        Run bad = lategate("config", "check", broken.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().matches("(?s).*russell\\.toml:\\d+: school\\.time_zone: 'Europe/Lundun' is not a time zone.*"),
                bad.err());
    }

    private static String[] concat(String[] head, String[] middle, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(middle));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
