package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comments of hub migrations V1 and V2 were reworded after trusts' hubs had applied them
 * (they named particular schools, an issue number and a brief outside the repository). Flyway
 * checksums comments too, so {@code hub init} moves a hub's record of exactly those scripts from
 * the checksum of the old text to the new one, says so, and still refuses any other checksum.
 */
class HubCommentOnlyRewordingTest {

    /** Flyway's checksums of the scripts as first shipped: what an existing hub holds. */
    private static final int OLD_V1 = 1284039180;
    private static final int OLD_V2 = 988560255;
    /** Flyway's checksums of the scripts as shipped now. */
    private static final int NEW_V1 = 2064124847;
    private static final int NEW_V2 = 601106559;

    @TempDir
    Path dir;
    private HubFixture hub;

    @BeforeEach
    void aHub() {
        hub = new HubFixture(dir);
    }

    private List<String> checksums() {
        return hub.query("SELECT version, checksum FROM hub.flyway_schema_history WHERE version IN ('1', '2') "
                + "ORDER BY installed_rank");
    }

    private void record(String version, int checksum) throws Exception {
        try (Connection c = hub.server.admin(hub.database); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE hub.flyway_schema_history SET checksum = " + checksum
                    + " WHERE version = '" + version + "'"));
        }
    }

    private CommandLineRun init() {
        return lategate("hub", "init", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString());
    }

    @Test
    @DisplayName("a new hub records Flyway's checksums of the reworded scripts, the ones hub init moves old hubs to")
    void aNewHubRecordsTheNewChecksums() {
        assertEquals(List.of("version=1, checksum=" + NEW_V1, "version=2, checksum=" + NEW_V2), checksums());
    }

    @Test
    @DisplayName("a hub that applied the old V1 and V2 is brought to the reworded scripts by hub init, which says so; "
            + "run again, it has nothing to say")
    void aHubAtTheOldChecksumsIsAccepted() throws Exception {
        record("1", OLD_V1);
        record("2", OLD_V2);

        CommandLineRun init = init();
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("The hub's record of migration V1 was updated for a comment-only rewording.\n"
                + "The hub's record of migration V2 was updated for a comment-only rewording.\n"
                + "The hub's schema is up to date (version 5): nothing to do."), init.out());
        assertEquals(List.of("version=1, checksum=" + NEW_V1, "version=2, checksum=" + NEW_V2), checksums());

        CommandLineRun again = init();
        assertEquals(0, again.exit(), again.err());
        assertFalse(again.out().contains("comment-only"), again.out());
        assertTrue(again.out().contains("The hub's schema is up to date (version 5): nothing to do."), again.out());
    }

    @Test
    @DisplayName("only the migration holding its old checksum is moved: a hub with the old V1 and the new V2")
    void onlyTheOldRecordIsMoved() throws Exception {
        record("1", OLD_V1);

        CommandLineRun init = init();
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("The hub's record of migration V1 was updated"), init.out());
        assertFalse(init.out().contains("migration V2"), init.out());
        assertEquals(List.of("version=1, checksum=" + NEW_V1, "version=2, checksum=" + NEW_V2), checksums());
    }

    @Test
    @DisplayName("a hub holding any other checksum for V1 (or V2's old one for V1) is still refused, its record kept")
    void anyOtherChecksumIsStillRefused() throws Exception {
        for (int other : new int[] {12345, OLD_V2}) {
            record("1", other);

            CommandLineRun init = init();
            assertEquals(1, init.exit(), init.out());
            assertTrue(init.err().contains("the hub's schema could not be brought up to date"), init.err());
            assertFalse(init.out().contains("comment-only"), init.out());
            assertEquals(List.of("version=1, checksum=" + other, "version=2, checksum=" + NEW_V2), checksums());
        }
    }
}
