package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack on the register from the machine itself: the real sqlite3 program, run against the
 * file as anyone with access to it could, then {@code lategate verify}. The register is only ever
 * added to (PSA §H, KTS §4.1, Oak Meadow §7); what was done past its triggers must be named.
 */
@Tag("attack")
class VerifyAfterTamperingTest {

    private static final String PSA = "config/schools/psa.toml";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void aMorningOfLateArrivals() throws Exception {
        db = dir.resolve("psa.db");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                pupil_id,given_name,family_name,year,class,badge
                P1,Zoë,O'Neill,9,9R,PSA001
                P2,Oliver,Smith,11,11T,PSA002
                """, StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", PSA, "--db", db.toString(), roster.toString()).exit());
        assertEquals(0, lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge", printed("PSA001"),
                "--at", "2026-11-23T08:12:30", "--reason", "transport").exit());
        CommandLineRun afterClose = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge",
                printed("PSA002"), "--at", "2026-11-23T09:25:00", "--reason", "overslept");
        assertEquals(0, afterClose.exit(), afterClose.err());
    }

    private void sqlite3(String sql) throws Exception {
        assumeTrue(onPath("sqlite3"), "sqlite3 is not installed (.ci/run installs it)");
        Process p = new ProcessBuilder("sqlite3", db.toString(), sql).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private CommandLineRun verify(String... more) {
        String[] args = new String[4 + more.length + 1];
        args[0] = "verify";
        args[1] = "--school";
        args[2] = PSA;
        args[3] = "--db";
        args[4] = db.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return lategate(args);
    }

    @Test
    @DisplayName("a register only lategate wrote verifies whole, exit 0")
    void wholeRegister() {
        CommandLineRun run = verify();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("the register is whole: "), run.out());
    }

    @Test
    @DisplayName("a U turned into an L with sqlite3 past a dropped trigger: exit 1, the trigger and arrivals row 2 named")
    void uTurnedIntoL() throws Exception {
        sqlite3("DROP TRIGGER arrivals_no_update; UPDATE arrivals SET mark = 'L', minutes_late = 30 WHERE id = 2;");
        CommandLineRun run = verify();
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("the register's guard arrivals_no_update was dropped"), run.out());
        assertTrue(run.out().contains("arrivals row 2 (sealed at chain entry"), run.out());
        assertTrue(run.out().contains("was changed after it was recorded"), run.out());
    }

    @Test
    @DisplayName("a mark deleted behind a row put in purge_in_progress: exit 1, named as removed outside a purge")
    void deletedBehindThePurgeGuard() throws Exception {
        assertEquals(0, verify("--quick").exit(), "the kiosk's check at start, before anyone touched the file");
        sqlite3("INSERT INTO purge_in_progress VALUES (1); DELETE FROM arrival_reasons; DELETE FROM arrivals "
                + "WHERE id = 1; DELETE FROM purge_in_progress;");
        CommandLineRun quick = verify("--quick");
        assertEquals(1, quick.exit(), "the kiosk's quick check at start sees it too: " + quick.out());
        assertTrue(quick.out().contains("fewer than the chain seals"), quick.out());
        CommandLineRun run = verify();
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("The first change: arrivals row 1 (sealed at chain entry"), run.out());
        assertTrue(run.out().contains("was removed outside a purge"), run.out());
    }

    @Test
    @DisplayName("--json keeps its field names: whole, full, head_seq, head_hash, entries_checked, problems")
    void jsonFields() throws Exception {
        sqlite3("INSERT INTO arrival_reasons (arrival_id, reason_key, reason_label, status, recorded_at, recorded_by) "
                + "SELECT arrival_id, 'medical', 'Medical', 'given', recorded_at, recorded_by FROM arrival_reasons LIMIT 1;");
        CommandLineRun run = verify("--json");
        assertEquals(1, run.exit(), run.out() + run.err());
        Map<String, String> fields = new HashMap<>(); // the first value of each field name, wherever it is
        try (JsonParser p = new JsonFactory().createParser(run.out())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.putIfAbsent(name, p.getText());
                }
            }
        }
        assertEquals("false", fields.get("whole"));
        assertEquals("true", fields.get("full"));
        assertTrue(Long.parseLong(fields.get("head_seq")) > 0);
        assertEquals(64, fields.get("head_hash").length());
        assertTrue(fields.containsKey("entries_checked") && fields.containsKey("row_id") && fields.containsKey("seq"));
        assertEquals("inserted", fields.get("kind"));
        assertEquals("arrival_reasons", fields.get("table"));
        assertTrue(fields.get("words").contains("put in outside lategate"), fields.get("words"));
    }
}
