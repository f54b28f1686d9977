package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lategate.HubServer;
import lategate.cli.Main;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A kiosk killed with SIGKILL in the middle of sending a term of summaries to the hub: the packaged
 * jar in a child JVM, killed once the hub holds some of them; the next sync completes, and the hub
 * ends with exactly the rows an uninterrupted sync gives (issue 7, point 3). The hub commands run
 * from the jar too, so the shaded jar's Flyway and driver are the ones tested.
 */
class HubSyncKilledMidwayTest {

    private static final Clock FRIDAY_EVENING = Clock.fixed(Instant.parse("2026-11-27T17:00:00Z"),
            ZoneId.of("Europe/London"));
    private static final String KIOSK_PASSWORD = "kiosk-demo-password-e2e";

    @TempDir
    Path dir;

    /** Runs lategate with the clock pinned, in a child JVM on the test classpath: set-up on a given day. */
    private void pinned(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), AtAPinnedTime.class.getName(),
                FRIDAY_EVENING.instant().toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", args) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + Files.readString(err));
    }

    /** The outbox's entries as `summary list` shows them from the jar: one line each, where each went. */
    private List<String> outbox(Path settings, String db) throws Exception {
        Jar.Run list = Jar.lategate(dir, "summary", "list", "--school", settings.toString(), "--db", db);
        assertEquals(0, list.exit(), list.err());
        return list.out().lines().skip(1).toList();
    }

    /** A hub made as the README says, from the packaged jar. */
    private String hubFromTheJar(HubServer server, Path adminPassword, String name) throws Exception {
        String database = server.newDatabase(name);
        String admin = server.address(HubServer.ADMIN, database);
        Jar.Run init = Jar.lategate(dir, "hub", "init", "--hub", admin, "--hub-password-file", adminPassword.toString());
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("The hub's schema is at version 5"), init.out());
        assertEquals("", init.err(), "lategate speaks for Flyway: none of its log lines reach the IT person");
        Jar.Run add = Jar.lategate(dir, "hub", "add-school", "--hub", admin, "--hub-password-file",
                adminPassword.toString(), "--school", "demo", "--role", "kiosk_demo", "--password-file",
                dir.resolve("kiosk.password").toString());
        assertEquals(0, add.exit(), add.err());
        return database;
    }

    /** The same, in this JVM (no SQLite in it): quicker, for the hubs the rows are compared against. */
    private String hub(HubServer server, Path adminPassword, String name) {
        String database = server.newDatabase(name);
        String admin = server.address(HubServer.ADMIN, database);
        inProcess("hub", "init", "--hub", admin, "--hub-password-file", adminPassword.toString());
        inProcess("hub", "add-school", "--hub", admin, "--hub-password-file", adminPassword.toString(), "--school",
                "demo", "--role", "kiosk_demo", "--password-file", dir.resolve("kiosk.password").toString());
        return database;
    }

    private static void inProcess(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(FRIDAY_EVENING);
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(args), String.join(" ", args) + ": " + err);
    }

    private static int summariesOn(HubServer server, String database) throws Exception {
        try (Connection c = server.admin(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM hub.summaries")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The school's settings, its database, the folder its summaries also went to, and how many. */
    private record Term(Path settings, String db, Path usb, int total) {
    }

    /** A term of made-up late arrivals, its summaries made into the outbox (and a folder) at a pinned time. */
    private Term termOfSummaries() throws Exception {
        pinned("demo", "--data", dir.resolve("demo").toString(), "--no-kiosk", "--lateness-history", "--clock",
                "2026-11-27T15:30:00");
        Path settings = dir.resolve("demo/demo.toml");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8) + "\n[sync]\npassword_file = \""
                + dir.resolve("kiosk.password") + "\"\n", StandardCharsets.UTF_8);
        Path usb = Files.createDirectory(dir.resolve("usb"));
        String db = dir.resolve("demo/demo.db").toString();
        pinned("sync", "--school", settings.toString(), "--db", db, "--to", usb.toString());
        int total = outbox(settings, db).size();
        assertTrue(total >= 40, "a term of school days waits: " + total);
        return new Term(settings, db, usb, total);
    }

    /** The hub takes each summary slowly, so that a kill lands in the middle of the run. */
    private static void slowly(HubServer server, String database, boolean slow) throws Exception {
        try (Connection c = server.admin(database); Statement s = c.createStatement()) {
            if (slow) {
                s.execute("CREATE FUNCTION hub.slowly() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN PERFORM pg_sleep(0.1); RETURN NEW; END $$");
                s.execute("CREATE TRIGGER slowly AFTER INSERT ON hub.summaries FOR EACH ROW EXECUTE FUNCTION "
                        + "hub.slowly()");
            } else {
                s.execute("DROP TRIGGER slowly ON hub.summaries");
                s.execute("DROP FUNCTION hub.slowly()");
            }
        }
    }

    /** `lategate sync` from the jar in a child JVM, left running. */
    private Process syncStarted(Term term, String target, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Jar.jar(), "sync", "--school", term.settings().toString(), "--db", term.db(),
                "--to", target));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + "-out.txt").toFile())
                .redirectError(dir.resolve(name + "-err.txt").toFile()).start();
    }

    /** Waits until the hub holds at least ten summaries from a running sync. */
    private void tenOnTheHub(HubServer server, String database, Process sync, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (summariesOn(server, database) < 10 && sync.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(sync.isAlive(), "the sync finished before it could be interrupted: "
                + Files.readString(dir.resolve(name + "-err.txt")));
    }

    @Test
    @DisplayName("kill -9 during a sync to the hub, then sync again: the same rows as a sync never interrupted")
    void killedThenSyncedAgain() throws Exception {
        HubServer server = HubServer.shared();
        Path adminPassword = server.adminPasswordFile(dir);
        Files.writeString(dir.resolve("kiosk.password"), KIOSK_PASSWORD + "\n");
        String killed = hubFromTheJar(server, adminPassword, "killed");
        String whole = hub(server, adminPassword, "whole");

        Term term = termOfSummaries();
        Path settings = term.settings();
        String db = term.db();
        Path usb = term.usb();
        int total = term.total();

        slowly(server, killed, true);
        String target = server.address("kiosk_demo", killed);
        Process sync = syncStarted(term, target, "killed");
        tenOnTheHub(server, killed, sync, "killed");
        assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(sync.pid())).start().waitFor());
        assertTrue(sync.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, sync.exitValue(), "killed by SIGKILL");
        int before = summariesOn(server, killed);
        assertTrue(before >= 10 && before < total, "killed midway: " + before + " of " + total + " on the hub");
        long waiting = outbox(settings, db).stream().filter(line -> !line.contains(target)).count();
        assertTrue(waiting > 0 && waiting <= total - before + 1, waiting + " wait for " + target + " with " + before
                + " on the hub (one may be on the hub but not yet recorded)");

        slowly(server, killed, false);
        Jar.Run again = Jar.lategate(dir, "sync", "--school", settings.toString(), "--db", db, "--to", target);
        assertEquals(0, again.exit(), again.err());
        Jar.Run uninterrupted = Jar.lategate(dir, "sync", "--school", settings.toString(), "--db", db, "--to",
                server.address("kiosk_demo", whole));
        assertEquals(0, uninterrupted.exit(), uninterrupted.err());
        assertTrue(uninterrupted.out().contains("Sent " + total + " summaries"), uninterrupted.out());

        assertEquals(total, summariesOn(server, killed));
        assertEquals(server.rows(whole, true), server.rows(killed, true));

        // And the folder the same kiosk filled, imported into a third hub, gives the same rows again.
        String imported = hub(server, adminPassword, "imported");
        inProcess("hub", "import", "--hub", server.address(HubServer.ADMIN, imported), "--hub-password-file",
                adminPassword.toString(), "--from", usb.toString());
        assertEquals(server.rows(whole, true), server.rows(imported, true));
    }

    @Test
    @DisplayName("the hub's PostgreSQL killed during a sync: a clear message, the outbox intact, and after the "
            + "restart the same rows as a sync never interrupted")
    void hubKilledThenSyncedAgain() throws Exception {
        HubServer own = HubServer.ownIn(dir.resolve("hub-data"));
        try {
            Path adminPassword = own.adminPasswordFile(dir);
            Files.writeString(dir.resolve("kiosk.password"), KIOSK_PASSWORD + "\n");
            String crashed = hubFromTheJar(own, adminPassword, "crashed");
            Term term = termOfSummaries();
            String target = own.address("kiosk_demo", crashed);

            slowly(own, crashed, true);
            Process sync = syncStarted(term, target, "crashed");
            tenOnTheHub(own, crashed, sync, "crashed");
            own.crash();
            assertTrue(sync.waitFor(60, TimeUnit.SECONDS), "the sync gave up when its hub died");
            String said = Files.readString(dir.resolve("crashed-err.txt"));
            assertEquals(1, sync.exitValue(), said);
            assertTrue(said.contains("the connection to the hub at localhost:" + own.port() + " broke"), said);
            assertTrue(said.contains("summaries wait in the outbox for the next sync"), said);
            assertTrue(!said.contains("\tat ") && !said.contains("Exception"), "no stack trace: " + said);
            long waiting = outbox(term.settings(), term.db()).stream().filter(line -> !line.contains(target)).count();
            assertTrue(waiting > 0 && waiting < term.total(), waiting + " of " + term.total() + " wait");

            Jar.Run whileDown = Jar.lategate(dir, "sync", "--school", term.settings().toString(), "--db", term.db(),
                    "--to", target);
            assertEquals(1, whileDown.exit(), whileDown.out());
            assertTrue(whileDown.err().contains("cannot reach the hub at localhost:" + own.port()), whileDown.err());
            assertEquals(waiting, outbox(term.settings(), term.db()).stream()
                    .filter(line -> !line.contains(target)).count(), "a sync to a hub that is down changes nothing");

            own.restart();
            slowly(own, crashed, false);
            Jar.Run again = Jar.lategate(dir, "sync", "--school", term.settings().toString(), "--db", term.db(),
                    "--to", target);
            assertEquals(0, again.exit(), again.err());
            String whole = hub(own, adminPassword, "whole");
            Jar.Run uninterrupted = Jar.lategate(dir, "sync", "--school", term.settings().toString(), "--db",
                    term.db(), "--to", own.address("kiosk_demo", whole));
            assertEquals(0, uninterrupted.exit(), uninterrupted.err());

            assertEquals(term.total(), summariesOn(own, crashed), again.out() + uninterrupted.out()
                    + String.join("\n", outbox(term.settings(), term.db())));
            assertEquals(own.rows(whole, true), own.rows(crashed, true));
        } finally {
            own.stop();
        }
    }
}
