package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import lategate.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first roster import killed half way used to leave a database with the schema and no pupils,
 * which sign-in took for a register, answering every badge "not recognised". The first import now
 * makes the file and its roster in one step, and sign-in refuses a file with no roster.
 */
@Tag("attack")
class FirstRosterImportInOneStepTest {

    private static final String PSA = "config/schools/psa.toml";

    @TempDir
    Path dir;
    private Path db;
    private Path roster;

    @BeforeEach
    void files() throws Exception {
        db = dir.resolve("psa.db");
        roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                pupil_id,given_name,family_name,year,class,badge
                P1,Zoë,O'Neill,9,9R,PSA001
                """, StandardCharsets.UTF_8);
    }

    private List<String> folder() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("sign-in refuses a database with the schema but no roster, saying to import the roster")
    void signInRefusesADatabaseWithNoRoster() throws Exception {
        Database.create(db).close(); // what a first import killed after its schema left behind
        CommandLineRun run = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge", printed("PSA001"),
                "--at", "2026-11-23T08:12:30", "--kiosk-id", "gate");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("holds no roster yet: import the school's roster first (lategate roster import"),
                run.err());
    }

    @Test
    @DisplayName("a first import leaves the database alone in its folder, private, with its roster; sign-in takes it")
    void firstImportMakesTheWholeFile() throws Exception {
        CommandLineRun run = lategate("roster", "import", "--school", PSA, "--db", db.toString(), roster.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("psa.db", "roster.csv"), folder(), "no temporary file is left beside it");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        CommandLineRun signIn = lategate("sign-in", "--school", PSA, "--db", db.toString(), "--badge",
                printed("PSA001"), "--at", "2026-11-23T08:12:30", "--kiosk-id", "gate");
        assertEquals(0, signIn.exit(), signIn.err());
    }

    @Test
    @DisplayName("while a new database is being filled nothing is at its path, so a kill there leaves no register")
    void nothingAtThePathUntilFilled() throws Exception {
        IllegalStateException killed = assertThrows(IllegalStateException.class, () -> Database.createWith(db, d -> {
            assertFalse(Files.exists(db), "the half-made file is not at --db");
            throw new IllegalStateException("killed half way");
        }));
        assertEquals("killed half way", killed.getMessage());
        assertFalse(Files.exists(db));
        assertEquals(List.of("roster.csv"), folder());
    }

    @Test
    @DisplayName("an import onto a half-made database left by an older lategate completes it")
    void halfMadeFileIsCompleted() throws Exception {
        Database.create(db).close();
        CommandLineRun run = lategate("roster", "import", "--school", PSA, "--db", db.toString(), roster.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 pupil (1 new"), run.out());
    }
}
