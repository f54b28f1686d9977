package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lategate export pupil ID}: a subject access request answered from a real database in
 * which two pupils were late the same day, signed out, amended and summarised together.
 */
class SubjectAccessExportTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock AFTERNOON = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void twoPupilsOneDay() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge,send\n"
                + "D0001,Olive,Oakfield,5,5B,DEMO0001,yes\n"
                + "D0002,Zebedee,Quinlan,5,5B,DEMO0002,no\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate(AFTERNOON, "roster", "import", "--school", DEMO, "--db", db, roster.toString()).exit());
        Path contacts = dir.resolve("contacts.csv");
        Files.writeString(contacts, "pupil_id,name,relationship,may_collect,phone\n"
                + "D0001,Anna Oakfield,mother,yes,07700 900001\n"
                + "D0002,Xavier Quinlan,father,yes,07700 900002\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate(AFTERNOON, "contacts", "import", "--school", DEMO, "--db", db, contacts.toString())
                .exit());
        assertEquals(0, withPins("2468\n", AFTERNOON, "staff", "add", "--school", DEMO, "--db", db, "--username",
                "head", "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator").exit());
        for (String[] scan : List.of(new String[] {"DEMO0001", "2026-11-23T09:20:00"},
                new String[] {"DEMO0002", "2026-11-23T09:21:00"}, new String[] {"DEMO0002", "2026-11-23T09:22:00"},
                new String[] {"DEMO0001", "2026-11-23T09:23:00"})) {
            CommandLineRun in = lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1], "--reason", "transport");
            assertEquals(0, in.exit(), in.err());
        }
        for (String pupil : List.of("D0001", "D0002")) {
            CommandLineRun amend = withPins("2468\n", AFTERNOON, "amend", "pupil", "--school", DEMO, "--db", db,
                    "--staff", "head", "--pupil", pupil, "--date", "2026-11-23", "--register", "AM", "--code", "M",
                    "--reason", "hospital letter for " + pupil);
            assertEquals(0, amend.exit(), amend.err());
        }
        // A scan of each pupil's badge held while the kiosk's clock was in question, still waiting.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            for (String pupil : List.of("D0001", "D0002")) {
                s.executeUpdate("INSERT INTO held_scans (pupil_id, code, held_at, kiosk_id, recorded_by, doubt) VALUES ('"
                        + pupil + "', 'DEMO', '2026-11-24T08:50:00Z', 'gate', 'kiosk', 'clock behind the register "
                        + "for " + pupil + "')");
            }
        }
        CommandLineRun summary = lategate(AFTERNOON, "summary", "make", "--school", DEMO, "--db", db, "--date",
                "2026-11-23");
        assertEquals(0, summary.exit(), summary.err());
    }

    private String everythingWritten(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.sorted().map(f -> {
                try {
                    return f.getFileName() + "\n" + Files.readString(f, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    @DisplayName("the export holds the pupil's record of every kind, and nothing of the other pupil")
    void onePupilOnly() throws Exception {
        Path out = dir.resolve("sar");
        CommandLineRun run = lategate(AFTERNOON, "export", "pupil", "D0001", "--school", DEMO, "--db", db, "--out",
                out.toString());
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.of("pupil.json", "pupil.csv", "badge_issues.csv", "arrivals.csv", "reasons.csv",
                    "claim_decisions.csv", "unmarked_scans.csv", "held_scans.csv", "movements.csv", "amendments.csv",
                    "stage_decisions.csv", "cutoffs.csv",
                    "lunch_passes.csv", "contacts.csv", "summary_lines.csv"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
        String all = everythingWritten(out);
        for (String theirs : List.of("Olive", "Oakfield", "Anna Oakfield", "07700 900001", "DEMO0001",
                "hospital letter for D0001", "clock behind the register for D0001", "Bus, train or traffic", "\"send\" : 1")) {
            assertTrue(all.contains(theirs), theirs + " missing from the export");
        }
        for (String other : List.of("D0002", "Zebedee", "Quinlan", "Xavier", "07700 900002", "DEMO0002")) {
            assertFalse(all.contains(other), other + " (the other pupil) is in the export:\n" + all);
        }
        for (String secret : List.of("pbkdf2", "2468", "exit_pin_hash", "password")) {
            assertFalse(all.contains(secret), secret + " is in the export");
        }
        String arrivals = Files.readString(out.resolve("arrivals.csv"));
        assertEquals(3, arrivals.lines().count(), "header, the mark and the repeat scan:\n" + arrivals);
        assertTrue(arrivals.startsWith("arrival_id,school_date,register,year,class,arrived_at,arrived_local,kiosk_id,"
                + "mark,minutes_late,consequence,explanation,recorded_by,recorded_at,repeat_of"), arrivals);
        assertTrue(Files.readString(out.resolve("summary_lines.csv")).contains("2026-11-23"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("pupil.json"))));
    }

    @Test
    @DisplayName("an unknown pupil or a folder already holding files is refused with a message, writing nothing")
    void refusals() throws Exception {
        Path out = dir.resolve("sar");
        CommandLineRun unknown = lategate(AFTERNOON, "export", "pupil", "D9999", "--school", DEMO, "--db", db, "--out",
                out.toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no pupil with id or name 'D9999'"), unknown.err());
        assertFalse(Files.exists(out));
        Files.createDirectory(out);
        Files.writeString(out.resolve("old.json"), "{}");
        CommandLineRun full = lategate(AFTERNOON, "export", "pupil", "D0001", "--school", DEMO, "--db", db, "--out",
                out.toString());
        assertEquals(1, full.exit());
        assertTrue(full.err().contains("is not empty"), full.err());
    }
}
