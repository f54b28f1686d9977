package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import lategate.StoreFixture;
import lategate.store.Database;
import lategate.store.SqliteClockLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's word on a time stands: `sign-in --at` is never held by the kiosk's clock check (issue 9). */
class SignInAtUnderAQuestionedClockTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("sign-in --at a time before the kiosk's latest record is recorded and classified as given")
    void explicitTimeIsTheOfficesWord() {
        Path db = dir.resolve("demo.db");
        try (Database database = StoreFixture.databaseWith(db, "demo", List.of(
                StoreFixture.pupil("D1", "Amelia", "Jones", "4B", "DEMO0001")))) {
            SqliteClockLog clock = new SqliteClockLog(database);
            clock.raiseHighWater(Instant.parse("2026-11-24T09:00:00Z"));
            clock.questioned("gate", "earlier than the latest record", "set back a day", Instant.parse("2026-11-23T09:00:00Z"));
        }
        CommandLineRun run = lategate("sign-in", "--school", "config/schools/demo.toml", "--db", db.toString(),
                "--badge", printed("DEMO0001"), "--at", "2026-11-23T08:57:00");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("12 minutes late"), run.out());
    }
}
