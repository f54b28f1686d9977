package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lategate.demo.DemoSchool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull the plug: a kiosk in a JVM of its own (the jar's classes, on a virtual terminal) takes a
 * burst of scans on a real database and is killed with SIGKILL at a random moment, over and
 * over, each run going on with the next pupils. Every scan the screen confirmed must be in the
 * register afterwards, and the file must pass SQLite's full integrity check.
 */
class PullThePlugTest {

    private static final int KILLS = 50;
    private static final int BURST = 5;
    private static final int PUPILS = 308;
    private static final long SEED = 20261123L;

    @TempDir
    Path dir;

    private List<String> java(Path archive, String... flags) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        if (archive != null && Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", Jar.jar(), "lategate.bench.KioskProbe", "plug", dir.resolve("demo").toString()));
        return command;
    }

    @Test
    @DisplayName("killed with SIGKILL 50 times during bursts of scans: every scan confirmed on screen is in the register, integrity ok")
    void pullThePlug() throws Exception {
        Jar.Run demo = Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        // A warm-up run that ends by itself writes a class-data archive: every later start is faster.
        Path archive = dir.resolve("kiosk.jsa");
        List<String> warm = java(null, "-XX:ArchiveClassesAtExit=" + archive);
        warm.addAll(List.of("2026-11-23T08:55:00Z", "1", "0"));
        Process warmUp = new ProcessBuilder(warm).redirectErrorStream(true).start();
        String warmOut = new String(warmUp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(warmUp.waitFor(60, TimeUnit.SECONDS) && warmUp.exitValue() == 0, warmOut);

        Random random = new Random(SEED);
        TreeSet<Integer> confirmed = new TreeSet<>();
        int next = 1;
        int killedMidBurst = 0;
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        for (int run = 0; run < KILLS; run++) {
            int count = Math.min(BURST, PUPILS + 1 - next);
            List<String> command = java(archive);
            command.addAll(List.of(start.plusSeconds(run).toString(), String.valueOf(next), String.valueOf(count)));
            Process kiosk = new ProcessBuilder(command).redirectError(dir.resolve("kiosk-" + run + ".err").toFile()).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(kiosk.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (Exception e) {
                    // the pipe closes when the kiosk is killed
                }
            });
            reader.start();
            if (random.nextInt(5) == 0) {
                Thread.sleep(random.nextInt(400)); // while it starts: checking, opening, migrating
            } else {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || !line.equals("ready")) {
                    kiosk.destroyForcibly();
                    throw new AssertionError("run " + run + ": the kiosk did not start (" + line + "): "
                            + Files.readString(dir.resolve("kiosk-" + run + ".err")));
                }
                Thread.sleep(random.nextInt(200)); // somewhere in the burst
            }
            boolean endedByItself = !kiosk.isAlive();
            kiosk.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
            kiosk.waitFor();
            reader.join();
            if (endedByItself) {
                throw new AssertionError("run " + run + " ended by itself: " + lines + " " + readQuietly(run));
            }
            List<Integer> shown = new ArrayList<>();
            boolean done = false;
            for (String line : lines) {
                if (line.matches("confirmed \\d+")) {
                    shown.add(Integer.parseInt(line.substring("confirmed ".length())));
                }
                done |= line.equals("done");
            }
            confirmed.addAll(shown);
            if (!shown.isEmpty()) {
                next = shown.get(shown.size() - 1) + 1;
            }
            if (!done && !shown.isEmpty()) {
                killedMidBurst++;
            }
            if (next > PUPILS) {
                break;
            }
        }
        System.out.println("pull the plug: " + KILLS + " kills, " + killedMidBurst + " mid-burst, "
                + confirmed.size() + " scans confirmed");
        assertTrue(confirmed.size() > 0, "no scan was ever confirmed: the test tested nothing");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo/demo.db"))) {
            try (ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
            List<Integer> missing = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM arrivals a JOIN pupils p "
                    + "ON p.pupil_id = a.pupil_id WHERE p.badge = ? AND a.school_date = '2026-11-23'")) {
                for (int n : confirmed) {
                    q.setString(1, DemoSchool.badge(n));
                    try (ResultSet r = q.executeQuery()) {
                        if (r.getInt(1) == 0) {
                            missing.add(n);
                        }
                    }
                }
            }
            assertEquals(List.of(), missing, "scans confirmed on screen but not in the register");
        }
    }

    private String readQuietly(int run) {
        try {
            return Files.readString(dir.resolve("kiosk-" + run + ".err"));
        } catch (Exception e) {
            return "";
        }
    }
}
