package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import lategate.HubServer;

/**
 * A hub made as the README tells the trust's IT person (a database owned by the admin role,
 * {@code hub init}, {@code hub add-school}), and schools whose kiosks sync to it, all through the
 * command line, on the shared test PostgreSQL.
 */
final class HubFixture {

    static final Clock TUESDAY_EVENING = at("2026-11-24T17:00:00Z");
    static final Clock WEDNESDAY_EVENING = at("2026-11-25T17:00:00Z");
    static final String ROSTER = "pupil_id,given_name,family_name,year,class,badge\n"
            + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\nD3,Zoë,Brown,6,6C,DEMO0003\n";
    /** A second school's roster, for what one school may do to another's rows. */
    static final String RUSSELL_ROSTER = "pupil_id,given_name,family_name,year,class,badge\n"
            + "R1,Ava,Patel,3,3R,RUS0001\n";

    final HubServer server = HubServer.shared();
    final Path dir;
    final String database;
    final Path adminPassword;

    /** A new hub in its own database, with its schema made by {@code hub init}. */
    HubFixture(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.database = server.newDatabase("hub");
        this.adminPassword = server.adminPasswordFile(dir);
        CommandLineRun init = lategate("hub", "init", "--hub", adminAddress(), "--hub-password-file",
                adminPassword.toString());
        assertEquals(0, init.exit(), init.err());
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"));
    }

    String adminAddress() {
        return server.address(HubServer.ADMIN, database);
    }

    String address(String role) {
        return server.address(role, database);
    }

    /** {@code hub add-school}: a role for the school, its password in a file a kiosk keeps. */
    Path addSchool(String school, String role) {
        Path password = HubServer.passwordFile(dir, role, role + "-password-for-tests");
        CommandLineRun add = lategate("hub", "add-school", "--hub", adminAddress(), "--hub-password-file",
                adminPassword.toString(), "--school", school, "--role", role, "--password-file", password.toString());
        assertEquals(0, add.exit(), add.err());
        return password;
    }

    /** The shipped school's settings, in a folder of their own, with a [sync] table naming the password file. */
    static Path settings(Path folder, String school, Path passwordFile) {
        try {
            String toml = Files.readString(Path.of("config", "schools", school + ".toml"), StandardCharsets.UTF_8)
                    + "\n[sync]\npassword_file = \"" + passwordFile.toAbsolutePath() + "\"\n";
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(school + ".toml"), toml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A kiosk's database in a folder of its own, on a roster, with its settings naming the password file. */
    static Kiosk kiosk(Path dir, String name, String school, Path passwordFile, String roster) {
        Path folder = dir.resolve("kiosk-" + name);
        Path settings = settings(folder, school, passwordFile);
        String db = folder.resolve(school + ".db").toString();
        try {
            Path csv = Files.writeString(folder.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
            CommandLineRun run = lategate(TUESDAY_EVENING, "roster", "import", "--school", settings.toString(), "--db",
                    db, csv.toString());
            assertEquals(0, run.exit(), run.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Kiosk(name, settings.toString(), db);
    }

    /** One kiosk's database and settings; it sends its summaries as kiosk {@code name}. */
    record Kiosk(String name, String settings, String db) {

        void scan(String badge, String at) {
            scan(TUESDAY_EVENING, badge, at);
        }

        /** Scans the badge of the pupil whose roster code is {@code badge}: its printed code, check character and all. */
        void scan(Clock clock, String badge, String at) {
            CommandLineRun run = lategate(clock, "sign-in", "--school", settings, "--db", db, "--badge",
                    printed(badge), "--at", at, "--kiosk-id", name);
            assertEquals(0, run.exit(), run.err());
        }

        CommandLineRun sync(Clock clock, String target) {
            return lategate(clock, "sync", "--school", settings, "--db", db, "--to", target, "--kiosk-id", name);
        }
    }

    Map<String, List<String>> rows() {
        return server.rows(database, false);
    }

    Map<String, List<String>> rowsWithoutArrivalTimes() {
        return server.rows(database, true);
    }

    List<String> query(String sql) {
        return server.query(database, sql);
    }
}
