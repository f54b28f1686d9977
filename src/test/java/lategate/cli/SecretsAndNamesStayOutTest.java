package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets (the badge key, the hub's password, PINs and the exit PIN's hash) reach no output,
 * message, export or file lategate writes; pupils' names reach no error message, and neither the
 * scan log nor the kiosk fault log. Commands that succeed and commands that fail are run on a
 * school with a real key file and password file, and everything they print or write is searched.
 */
@Tag("attack")
class SecretsAndNamesStayOutTest {

    private static final Clock AFTERNOON = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneId.of("Europe/London"));
    private static final String HUB_PASSWORD = "Hub-Passw0rd-Zq7xK2mW";
    private static final String PIN = "739182";
    private static final List<String> NAMES = List.of("Philippa", "Quartermaine", "Bartholomew", "Xanthopoulos");

    @TempDir
    Path dir;

    private final List<CommandLineRun> runs = new ArrayList<>();

    private CommandLineRun run(String pins, String... args) {
        CommandLineRun run = withPins(pins, AFTERNOON, args);
        runs.add(run);
        return run;
    }

    @Test
    @DisplayName("no secret in any output or file written, and no pupil name on standard error or in the logs")
    void secretsAndNamesStayOut() throws Exception {
        Path key = dir.resolve("etc/badge-key");
        Path password = dir.resolve("etc/hub-password");
        Files.createDirectories(key.getParent());
        Files.writeString(password, HUB_PASSWORD + "\n");
        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String settings = Files.readString(Path.of("config/schools/demo.toml"), StandardCharsets.UTF_8)
                + "\n[badges]\nkey_file = \"" + key + "\"\n\n[sync]\ntarget = \"postgresql://kiosk_demo@127.0.0.1:1/"
                + "attendance\"\npassword_file = \"" + password + "\"\n";
        String pinHash = settings.lines().filter(l -> l.startsWith("exit_pin_hash")).findFirst().orElseThrow()
                .replaceAll(".*\"(.*)\".*", "$1");
        Path school = dir.resolve("demo.toml");
        Files.writeString(school, settings, StandardCharsets.UTF_8);
        String s = school.toString();
        String db = dir.resolve("demo.db").toString();
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        assertEquals(0, run("", "badges", "key", "--school", s).exit(), runs.get(runs.size() - 1).err());
        String badgeKey = Files.readString(key).strip();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Philippa,Quartermaine,5,5B,DEMO0001\nD0002,Bartholomew,Xanthopoulos,5,5B,DEMO0002\n");
        assertEquals(0, run("", "roster", "import", "--school", s, "--db", db, roster.toString()).exit());
        assertEquals(0, run(PIN + "\n", "staff", "add", "--school", s, "--db", db, "--username", "head", "--name",
                "Sam Head", "--position", "Headteacher", "--role", "administrator").exit());
        run("", "sign-in", "--school", s, "--db", db, "--badge", "DEMO0001", "--at", "2026-11-23T09:20:00");
        run("", "sign-in", "--school", s, "--db", db, "--badge", "NOSUCHBADGE", "--at", "2026-11-23T09:21:00");
        run("", "sign-in", "--school", s, "--db", db, "--badge", "DEMO0002", "--at", "2026-11-22T09:21:00");
        run("000000\n", "sign-out", "--school", s, "--db", db, "--staff", "head", "--pupil", "D0001", "--code", "M",
                "--reason", "dentist", "--collected-by", "Someone");
        run(PIN + "\n", "return", "--school", s, "--db", db, "--staff", "head", "--pupil", "D0002");
        run(PIN + "\n", "badges", "reissue", "--school", s, "--db", db, "--staff", "head", "--pupil", "D0001",
                "--reason", "lost");
        run("", "badges", "check", "--school", s, "--db", db, "DEMO0001X");
        run("", "book", "--school", s, "--db", db, "--csv");
        run("", "scans", "--school", s, "--db", db, "--date", "2026-11-23");
        run("", "scans", "--school", s, "--db", db, "--date", "2026-11-23", "--refused", "--json");
        run("", "amend", "late-bus", "--school", s, "--db", db, "--date", "2026-11-23", "--pupil", "Philippa",
                "--late-reason", "Late bus", "--reason", "bus company", "--dry-run");
        run("", "amend", "late-bus", "--school", s, "--db", db, "--date", "2026-11-23", "--pupil", "Bartholomew",
                "--late-reason", "Late bus", "--reason", "bus company", "--dry-run");
        run("", "summary", "make", "--school", s, "--db", db, "--date", "2026-11-23");
        run("", "sync", "--school", s, "--db", db);
        run("", "sync", "--school", s, "--db", db, "--to", out.resolve("usb").toString());
        Files.createDirectories(out.resolve("usb"));
        run("", "sync", "--school", s, "--db", db, "--to", out.resolve("usb").toString());
        run("", "export", "pupil", "D0001", "--school", s, "--db", db, "--out", out.resolve("sar").toString());
        run("", "export", "marks", "--school", s, "--db", db, "--from", "2026-11-23", "--to", "2026-11-23", "--csv");
        run("", "purge", "--school", s, "--db", db, "--dry-run");
        run("", "config", "check", s);
        run("", "report", "pupil", "--school", s, "--db", db, "D0001");

        Set<String> secrets = Set.of(HUB_PASSWORD, badgeKey, PIN, pinHash, pinHash.substring(pinHash.lastIndexOf('$') + 1));
        for (CommandLineRun run : runs) {
            for (String secret : secrets) {
                assertFalse(run.out().contains(secret) || run.err().contains(secret),
                        "a secret in the output:\n" + run.out() + run.err());
            }
            for (String name : NAMES) {
                assertFalse(run.err().contains(name), "a pupil's name on standard error:\n" + run.err());
            }
        }
        try (Stream<Path> written = Files.walk(out)) {
            for (Path file : written.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), "a secret in " + file);
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String log : List.of("SELECT * FROM unmarked_scans", "SELECT * FROM kiosk_faults",
                    "SELECT * FROM staff_events", "SELECT * FROM purges")) {
                try (ResultSet r = st.executeQuery(log)) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            String value = String.valueOf(r.getString(i));
                            for (String banned : Stream.concat(NAMES.stream(), secrets.stream()).toList()) {
                                assertFalse(value.contains(banned), banned + " in " + log + ": " + value);
                            }
                        }
                    }
                }
            }
        }
    }
}
